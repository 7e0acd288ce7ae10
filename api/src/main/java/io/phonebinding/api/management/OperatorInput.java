package io.phonebinding.api.management;

import io.phonebinding.api.envelope.RequestFieldException;

/** Whole numbers in a range, as the management calls take them (page, limit, ...). */
final class OperatorInput {

  private OperatorInput() {}

  /**
   * @throws RequestFieldException with {@code FIELD_INVALID} naming the field otherwise
   */
  static int number(String value, int fallback, int min, int max, String field) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw RequestFieldException.invalid(field);
  }

  static int number(Integer value, int fallback, int min, int max, String field) {
    return number(value == null ? null : value.toString(), fallback, min, max, field);
  }
}
