package io.phonebinding.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A valid phone number, held in E.164 ({@code +8618888888888}). Parsing and validation are
 * libphonenumber's, so {@code "188 8888 8888"}, {@code "+86 18888888888"} and {@code "18888888888"}
 * with {@code "+86"} all give the same number.
 */
public final class PhoneNumber {

  /** Longer input is refused before it reaches the parser. */
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final Set<Integer> CALLING_CODES = UTIL.getSupportedCallingCodes();
  private static final Pattern DIGIT_RUN = Pattern.compile("\\+?[0-9](?:[0-9 ().-]*[0-9])?");
  private static final Pattern COUNTRY_CODE = Pattern.compile("\\+?[0-9]{1,3}");

  private final Phonenumber.PhoneNumber number;
  private final String e164;

  private PhoneNumber(Phonenumber.PhoneNumber number) {
    this.number = number;
    this.e164 = UTIL.format(number, PhoneNumberFormat.E164);
  }

  /**
   * Parses a number as a client sends it.
   *
   * @param rawNumber the number, national or with a leading {@code +country code}
   * @param countryCode optional calling code such as {@code +86} or {@code 1}; when absent the
   *     number is read in {@code defaultRegion}
   * @param defaultRegion ISO region (e.g. {@code CN}) for numbers without a country code
   * @throws InvalidInputException when the number is missing, malformed, not valid, or contradicts
   *     the country code (whether it can receive SMS is {@link #type()}'s to say)
   */
  public static PhoneNumber parse(String rawNumber, String countryCode, String defaultRegion) {
    return parse(rawNumber, countryCode, defaultRegion, Input.PHONE);
  }

  /**
   * As {@link #parse(String, String, String)}, naming the input in errors ({@code NEW_PHONE}; a bad
   * country code is then {@code NEW_PHONE_COUNTRY_CODE}).
   */
  public static PhoneNumber parse(
      String rawNumber, String countryCode, String defaultRegion, Input field) {
    if (rawNumber == null || rawNumber.isBlank()) {
      throw InvalidInputException.required(field);
    }
    if (rawNumber.length() > InputLengths.PHONE || hasInvisibleCharacters(rawNumber)) {
      throw invalid(field);
    }
    Input countryField = field.countryCode();
    String region = regionFor(countryCode, defaultRegion, countryField);
    try {
      Phonenumber.PhoneNumber parsed = UTIL.parse(rawNumber, region);
      if (countryCode != null
          && !countryCode.isBlank()
          && parsed.getCountryCode() != callingCodeOf(countryCode, countryField)) {
        throw invalid(field);
      }
      if (!UTIL.isValidNumber(parsed)) {
        throw invalid(field);
      }
      return new PhoneNumber(parsed);
    } catch (NumberParseException e) {
      throw invalid(field);
    }
  }

  /**
   * Zero-width and bidi control characters (Unicode's Cf) that libphonenumber would skip: a number
   * that looks like one thing and is another is refused, not quietly cleaned.
   */
  private static boolean hasInvisibleCharacters(String text) {
    return text.chars()
        .anyMatch(
            c ->
                Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.CONTROL);
  }

  /** Rebuilds a number that was stored in E.164 by this class. */
  public static PhoneNumber ofE164(String e164) {
    try {
      return new PhoneNumber(UTIL.parse(Objects.requireNonNull(e164), "ZZ"));
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("not an E.164 number: " + e164, e);
    }
  }

  /**
   * A number this service stored itself, rebuilt from its E.164 form without parsing it again: the
   * calling code is read off its first digits.
   */
  public static PhoneNumber ofStored(String e164) {
    // Calling codes are prefix-free: the first one to match is the number's.
    for (int digits = 1; digits <= 3 && digits < e164.length(); digits++) {
      int callingCode = Integer.parseInt(e164.substring(1, 1 + digits));
      if (CALLING_CODES.contains(callingCode)) {
        return ofStored(e164, "+" + callingCode);
      }
    }
    return ofE164(e164);
  }

  /**
   * A number this service stored itself, rebuilt from its E.164 form and calling code without
   * parsing it again: parsing is most of the cost of showing a profile. Gives the same number as
   * {@link #ofE164}.
   */
  public static PhoneNumber ofStored(String e164, String countryCallingCode) {
    if (countryCallingCode == null || !e164.startsWith(countryCallingCode)) {
      return ofE164(e164);
    }
    String national = e164.substring(countryCallingCode.length());
    Phonenumber.PhoneNumber number =
        new Phonenumber.PhoneNumber()
            .setCountryCode(Integer.parseInt(countryCallingCode.substring(1)))
            .setNationalNumber(Long.parseLong(national));
    // As libphonenumber's parser keeps them: the flag, and the count only when it is not one.
    int leadingZeros = 0;
    while (leadingZeros < national.length() - 1 && national.charAt(leadingZeros) == '0') {
      leadingZeros++;
    }
    if (leadingZeros > 0) {
      number.setItalianLeadingZero(true);
    }
    if (leadingZeros > 1) {
      number.setNumberOfLeadingZeros(leadingZeros);
    }
    return new PhoneNumber(number);
  }

  private static String regionFor(String countryCode, String defaultRegion, Input field) {
    if (countryCode == null || countryCode.isBlank()) {
      return defaultRegion;
    }
    String region = UTIL.getRegionCodeForCountryCode(callingCodeOf(countryCode, field));
    if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) || "ZZ".equals(region)) {
      throw invalid(field);
    }
    return region;
  }

  private static int callingCodeOf(String countryCode, Input field) {
    String trimmed = countryCode.strip();
    if (!COUNTRY_CODE.matcher(trimmed).matches()) {
      throw invalid(field);
    }
    return Integer.parseInt(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
  }

  private static InvalidInputException invalid(Input field) {
    return new InvalidInputException(ErrorKind.PHONE_INVALID, field);
  }

  /** {@code +8618888888888}. */
  public String e164() {
    return e164;
  }

  /** {@code +86}. */
  public String countryCallingCode() {
    return "+" + number.getCountryCode();
  }

  /** The kind of line the number plan says the number is. */
  public NumberType type() {
    return NumberType.of(UTIL.getNumberType(number));
  }

  /** ISO region of the number, e.g. {@code CN}. */
  public String regionCode() {
    return UTIL.getRegionCodeForNumber(number);
  }

  /** The number without its country code, as Authing returns it: {@code 18888888888}. */
  public String nationalNumber() {
    return UTIL.getNationalSignificantNumber(number);
  }

  /** For logs, audit and notices: {@code +86 188****8888}. */
  public String masked() {
    String national = nationalNumber();
    boolean longNumber = national.length() >= 10;
    int keepStart = longNumber ? 3 : national.length() / 4;
    int keepEnd = longNumber ? 4 : national.length() / 4;
    return countryCallingCode()
        + " "
        + national.substring(0, keepStart)
        + "*".repeat(national.length() - keepStart - keepEnd)
        + national.substring(national.length() - keepEnd);
  }

  /**
   * Free text (a provider's error answer, say) with every run of six or more digits masked but its
   * last two, separators included: phone numbers, and codes echoed back, never reach a log or a
   * column in clear. Shorter numbers (error codes, HTTP statuses) stay readable.
   */
  public static String maskNumbersIn(String text) {
    if (text == null) {
      return null;
    }
    return DIGIT_RUN
        .matcher(text)
        .replaceAll(
            run -> {
              String digits = run.group().replaceAll("[^0-9]", "");
              if (digits.length() < 6) {
                return run.group();
              }
              return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
            });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber that && e164.equals(that.e164);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
