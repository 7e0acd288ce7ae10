package io.phonebinding.api.management;

import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.error.InputLengths;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The management calls' own inputs: whole numbers in a range, and an operator's reason. */
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

  /**
   * The reason from the body, else from the {@code x-phonebind-reason} header (percent-encoded
   * UTF-8, as a header carries only Latin-1), or null.
   *
   * @throws RequestFieldException with {@code FIELD_INVALID} for an undecodable or too long one
   */
  static String reason(String fromBody, String fromHeader) {
    String reason = fromBody;
    if ((reason == null || reason.isBlank()) && fromHeader != null) {
      try {
        reason = URLDecoder.decode(fromHeader, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException badEscape) {
        throw RequestFieldException.invalid("x-phonebind-reason");
      }
    }
    if (reason == null || reason.isBlank()) {
      return null;
    }
    if (reason.strip().length() > InputLengths.REASON) {
      throw RequestFieldException.invalid("reason");
    }
    return reason.strip();
  }

  /**
   * @throws RequestFieldException with {@code FIELD_REQUIRED} when there is none
   */
  static String requiredReason(String fromBody, String fromHeader) {
    String reason = reason(fromBody, fromHeader);
    if (reason == null) {
      throw RequestFieldException.required("reason");
    }
    return reason;
  }
}
