package io.phonebinding.web.phone;

import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;

/**
 * The countdown on a send button: seconds before the server takes another code for the number, from
 * the server's own limit; none while the number is not yet a valid one.
 */
final class CodeWait {

  private CodeWait() {}

  static long of(VerificationCodeService codes, PhoneNumber phone, SmsChannel channel) {
    return phone == null ? 0 : codes.secondsUntilResend(phone, channel);
  }

  static long of(VerificationCodeService codes, String number, String region, SmsChannel channel) {
    return of(codes, parsedOrNull(number, region), channel);
  }

  private static PhoneNumber parsedOrNull(String number, String region) {
    try {
      return number == null || number.isBlank() ? null : PhoneNumber.parse(number, null, region);
    } catch (InvalidInputException notYetAValidNumber) {
      return null;
    }
  }
}
