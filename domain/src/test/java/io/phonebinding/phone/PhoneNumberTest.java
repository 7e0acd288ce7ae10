package io.phonebinding.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource(
      value = {
        "188 8888 8888,",
        "18888888888,",
        "18888888888,+86",
        "18888888888,86",
        "+86 18888888888,",
        "+86 188-8888-8888,+86",
        "１８８８８８８８８８８,"
      },
      ignoreLeadingAndTrailingWhitespace = false)
  void spellingsOfOneNumberAreOneNumber(String raw, String countryCode) {
    PhoneNumber phone = PhoneNumber.parse(raw, countryCode, "CN");

    assertEquals("+8618888888888", phone.e164());
    assertEquals("+86", phone.countryCallingCode());
    assertEquals("18888888888", phone.nationalNumber());
  }

  /** Italy's fixed lines keep a leading zero; +39 02 and +39 0 0... test the zero handling. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "+8618888888888",
        "+12015550123",
        "+447400123456",
        "+390212345678",
        "+39312345678",
        "+8613800000000"
      })
  void aStoredNumberIsTheNumberParsed(String e164) {
    PhoneNumber parsed = PhoneNumber.ofE164(e164);

    PhoneNumber stored = PhoneNumber.ofStored(parsed.e164(), parsed.countryCallingCode());

    assertEquals(parsed, stored);
    assertEquals(parsed.e164(), stored.e164());
    assertEquals(parsed.nationalNumber(), stored.nationalNumber());
    assertEquals(parsed.countryCallingCode(), stored.countryCallingCode());
    assertEquals(parsed.masked(), stored.masked());
  }

  @Test
  void countryCodeSelectsTheRegion() {
    PhoneNumber phone = PhoneNumber.parse("201-555-0123", "+1", "CN");

    assertEquals("+12015550123", phone.e164());
    assertEquals("2015550123", phone.nationalNumber());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "010 1234 5678", "abc", "1888888888x", "+999 123456"})
  void invalidOrNonMobileNumbersAreRefused(String raw) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> PhoneNumber.parse(raw, null, "CN"));

    assertEquals(ErrorKind.PHONE_INVALID, refused.kind());
  }

  @Test
  void hugeInputIsRefusedBeforeParsing() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> PhoneNumber.parse("1".repeat(4000), null, "CN"));

    assertEquals(ErrorKind.PHONE_INVALID, refused.kind());
  }

  @Test
  void numberContradictingItsCountryCodeIsRefused() {
    assertThrows(
        InvalidInputException.class, () -> PhoneNumber.parse("+86 18888888888", "+1", "CN"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999", "abc", "+86a", "+12345"})
  void malformedCountryCodesAreRefused(String countryCode) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> PhoneNumber.parse("18888888888", countryCode, "CN"));

    assertEquals(Input.PHONE_COUNTRY_CODE, refused.input());
  }

  @Test
  void missingNumberIsAMissingField() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> PhoneNumber.parse(" ", null, "CN"));

    assertEquals(ErrorKind.FIELD_REQUIRED, refused.kind());
  }

  @Test
  void maskedFormHidesTheMiddle() {
    assertEquals("+86 188****8888", PhoneNumber.parse("18888888888", null, "CN").masked());
  }

  @Test
  void e164RoundTrips() {
    assertEquals(
        PhoneNumber.parse("18888888888", null, "CN"), PhoneNumber.ofE164("+8618888888888"));
  }

  @Test
  void numbersAndCodesInFreeTextAreMaskedButShortNumbersStay() {
    String masked =
        PhoneNumber.maskNumbersIn(
            "HTTP 400: {\"code\":21211,\"message\":\"Invalid 'To' +86 188 1234 5678\", \"text\":\"code 654321\"}");

    assertEquals(
        "HTTP 400: {\"code\":21211,\"message\":\"Invalid 'To' ***********78\", \"text\":\"code ****21\"}",
        masked);
  }

  @Test
  void numberWithInvisibleFormatCharactersIsInvalid() {
    for (String hidden : new String[] {"\u200b", "\u200d", "\u202e", "\u2066", "\ufeff"}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> PhoneNumber.parse("188" + hidden + "88888888", null, "CN"),
              () -> "accepted U+" + Integer.toHexString(hidden.charAt(0)));
      assertEquals(ErrorKind.PHONE_INVALID, refused.kind());
    }
  }
}
