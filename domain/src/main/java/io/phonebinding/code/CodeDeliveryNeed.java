package io.phonebinding.code;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.sms.DeliveryNeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * A code's message is worth another provider while its code is unused, unexpired, and the newest
 * for its phone and channel (a code is made just before its message is queued, in the same
 * transaction: a newer one was made after). A notice always is.
 */
@ApplicationScoped
public class CodeDeliveryNeed implements DeliveryNeed {

  @Inject VerificationCodeRepository codes;

  @Override
  public boolean stillNeeded(PhoneNumber to, String purpose, Instant queuedAt, Instant now) {
    Optional<SmsChannel> channel = SmsChannel.named(purpose);
    if (channel.isEmpty()) {
      return true;
    }
    return codes
        .find(to, channel.get())
        .filter(code -> !code.isConsumed())
        .filter(code -> now.isBefore(code.expiresAt()))
        .filter(code -> !code.createdAt().isAfter(queuedAt))
        .isPresent();
  }
}
