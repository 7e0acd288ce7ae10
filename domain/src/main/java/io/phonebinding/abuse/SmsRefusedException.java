package io.phonebinding.abuse;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.NumberType;
import java.time.Duration;
import java.util.Map;

/**
 * SMS is switched off, or not allowed to the number: its country, its kind of line, a list or its
 * range.
 */
public class SmsRefusedException extends BusinessException {

  public SmsRefusedException(ErrorKind kind) {
    super(kind);
  }

  private SmsRefusedException(ErrorKind kind, Map<String, Object> data) {
    super(kind, data);
  }

  /** A number in a block of numbers blocked as pumped, for {@code left} more. */
  static SmsRefusedException rangeBlocked(Duration left) {
    return new SmsRefusedException(
        ErrorKind.SMS_RANGE_BLOCKED, Map.of("retryAfterSeconds", Math.max(1, left.toSeconds())));
  }

  /** A number whose kind of line takes no codes: {@code data.numberType} names it. */
  static SmsRefusedException numberType(NumberType type) {
    return new SmsRefusedException(
        ErrorKind.SMS_NUMBER_TYPE_REFUSED, Map.of("numberType", type.name()));
  }
}
