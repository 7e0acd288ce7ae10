package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.time.Instant;

/**
 * Whether a message still has to reach its phone before another provider is tried: a code that was
 * used has arrived, and one replaced by a newer code or expired is not worth sending again. The
 * codes answer it (they queue the messages); notices always still need to arrive.
 */
public interface DeliveryNeed {

  /**
   * @param purpose the message's purpose: a code's channel, or a notice
   * @param queuedAt when the message was queued, with its code
   */
  boolean stillNeeded(PhoneNumber to, String purpose, Instant queuedAt, Instant now);
}
