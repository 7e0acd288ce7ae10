package io.phonebinding.sms;

import java.time.Instant;

/**
 * A message of the outbox as the development outbox shows it: its text (null once erased) and where
 * its delivery stands.
 */
public record KeptSms(
    String recipient,
    String purpose,
    String text,
    Instant createdAt,
    OutboxStatus status,
    int attempts,
    String provider,
    String providerMessageId) {

  static KeptSms of(OutboxMessage message, String text) {
    return new KeptSms(
        message.recipient().e164(),
        message.purpose(),
        text,
        message.createdAt(),
        message.status(),
        message.attempts(),
        message.provider(),
        message.providerMessageId());
  }
}
