package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.time.Instant;
import java.util.List;

/**
 * A message of the outbox as an operator sees it: to whom (masked), what for, where its delivery
 * stands, and each attempt (provider, state, times); never its text, which may hold a live code.
 */
public record SmsDelivery(
    long id,
    String recipientMasked,
    String purpose,
    OutboxStatus status,
    String provider,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    List<Attempt> attempts) {

  /** One try of one provider. */
  public record Attempt(
      String provider,
      AttemptState state,
      String error,
      Instant createdAt,
      Instant submittedAt,
      Instant receiptAt) {

    static Attempt of(DeliveryAttempt attempt) {
      return new Attempt(
          attempt.provider(),
          attempt.state(),
          attempt.error(),
          attempt.createdAt(),
          attempt.submittedAt(),
          attempt.receiptAt());
    }
  }

  static SmsDelivery of(OutboxMessage message, List<DeliveryAttempt> attempts) {
    return new SmsDelivery(
        message.id(),
        message.recipient().masked(),
        message.purpose(),
        message.status(),
        message.provider(),
        message.lastError() == null ? null : PhoneNumber.maskNumbersIn(message.lastError()),
        message.createdAt(),
        message.sentAt(),
        attempts.stream().map(Attempt::of).toList());
  }
}
