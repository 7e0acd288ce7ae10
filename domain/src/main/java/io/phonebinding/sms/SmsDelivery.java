package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.time.Instant;

/**
 * A message of the outbox as an operator sees it: to whom (masked), what for, and where its
 * delivery stands; never its text, which may hold a live code.
 */
public record SmsDelivery(
    long id,
    String recipientMasked,
    String purpose,
    OutboxStatus status,
    int attempts,
    String provider,
    String lastError,
    Instant createdAt,
    Instant sentAt) {

  static SmsDelivery of(OutboxMessage message) {
    return new SmsDelivery(
        message.id(),
        message.recipient().masked(),
        message.purpose(),
        message.status(),
        message.attempts(),
        message.provider(),
        message.lastError() == null ? null : PhoneNumber.maskNumbersIn(message.lastError()),
        message.createdAt(),
        message.sentAt());
  }
}
