package io.phonebinding.abuse;

import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A number range as an E.164 prefix: {@code +} and 2 to 15 digits, the country calling code at
 * least. A whole number is the range of itself.
 */
public record NumberPrefix(String value) {

  private static final Pattern E164_PREFIX = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

  /**
   * @throws InvalidInputException with {@code FIELD_INVALID} naming {@code input} for anything else
   */
  public static NumberPrefix parse(String raw, Input input) {
    String compact = raw == null ? "" : SEPARATORS.matcher(raw.strip()).replaceAll("");
    if (!E164_PREFIX.matcher(compact).matches()) {
      throw InvalidInputException.invalid(input);
    }
    return new NumberPrefix(compact);
  }

  static NumberPrefix of(String stored) {
    return new NumberPrefix(stored);
  }

  /** Every prefix of the number, itself included, from the shortest: the ranges it falls in. */
  static List<String> rangesOf(PhoneNumber phone) {
    String e164 = phone.e164();
    List<String> prefixes = new ArrayList<>();
    for (int end = 3; end <= e164.length(); end++) {
      prefixes.add(e164.substring(0, end));
    }
    return prefixes;
  }
}
