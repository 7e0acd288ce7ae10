package io.phonebinding.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  @ValueSource(strings = {"12345", "abc", "1888888888x", "+999 123456"})
  void invalidNumbersAreRefused(String raw) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> PhoneNumber.parse(raw, null, "CN"));

    assertEquals(ErrorKind.PHONE_INVALID, refused.kind());
  }

  @ParameterizedTest
  @CsvSource({
    "18812345678, MOBILE",
    "010 1234 5678, FIXED_LINE",
    "+1 201 555 0123, FIXED_LINE_OR_MOBILE",
    "+86 168 12345, PREMIUM_RATE",
    "+44 909 8790000, PREMIUM_RATE",
    "+86 400 123 4567, SHARED_COST",
    "+1 800 234 5678, TOLL_FREE",
    "+44 56 1234 5678, VOIP",
    "+44 55 1234 5678, UAN",
    "+44 7640 123456, PAGER",
    "+49 177 991234567, VOICEMAIL"
  })
  void validNumbersOfEveryKindParseAndSayWhatTheyAre(String raw, NumberType type) {
    assertEquals(type, PhoneNumber.parse(raw, null, "CN").type());
  }

  @Test
  void onlyMobileRangesReceiveSms() {
    assertTrue(NumberType.MOBILE.receivesSms());
    assertTrue(NumberType.FIXED_LINE_OR_MOBILE.receivesSms());
    assertFalse(NumberType.FIXED_LINE.receivesSms());
    assertFalse(NumberType.VOIP.receivesSms());
    assertFalse(NumberType.UNKNOWN.receivesSms());
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
