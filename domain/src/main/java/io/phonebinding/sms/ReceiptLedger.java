package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies one checked receipt to its attempt and message, in a transaction of its own, with the
 * message row locked against the dispatcher.
 */
@ApplicationScoped
public class ReceiptLedger {

  private static final Logger LOG = Logger.getLogger(ReceiptLedger.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject SmsDeliverySettings settings;

  @Inject ProviderBreaker breaker;

  @Inject Event<AttemptOutcome> outcomes;

  @Inject Clock clock;

  @Transactional
  Outcome apply(String instance, Receipt receipt) {
    Optional<DeliveryAttempt> found = attemptOf(instance, receipt);
    if (found.isEmpty()) {
      LOG.fine(() -> "a receipt from " + instance + " for an attempt not known here: ignored");
      return Outcome.NONE;
    }
    DeliveryAttempt attempt = found.get();
    OutboxMessage message =
        entityManager.find(
            OutboxMessage.class, attempt.messageId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    String error = receipt.error() == null ? null : PhoneNumber.maskNumbersIn(receipt.error());
    if (!attempt.receipt(receipt.state(), error, now)) {
      return Outcome.NONE;
    }
    if (receipt.state() == AttemptState.DELIVERED) {
      breaker.succeeded(instance);
    } else if (receipt.state().isFinal()) {
      breaker.failed(instance);
    }
    if (receipt.state().isFinal()) {
      outcomes.fire(
          new AttemptOutcome(
              instance,
              message.recipient().regionCode(),
              receipt.state().name().toLowerCase(Locale.ROOT),
              attempt.submittedAt() == null ? null : Duration.between(attempt.submittedAt(), now),
              false));
    }
    if (receipt.state() == AttemptState.DELIVERED && message.mayStillArrive()) {
      message.arrived(now, false);
      return Outcome.CHANGED;
    }
    if ((receipt.state() == AttemptState.UNDELIVERED || receipt.state() == AttemptState.FAILED)
        && message.awaits(attempt)
        && message.isAccepted()) {
      message.notArrived(
          attempt.provider()
              + " reports "
              + receipt.state().name().toLowerCase(Locale.ROOT)
              + (error == null ? "" : " (" + error + ")"),
          settings.maxAcceptedAttempts(),
          now);
      return new Outcome(true, !message.isFinished());
    }
    return Outcome.CHANGED;
  }

  private Optional<DeliveryAttempt> attemptOf(String instance, Receipt receipt) {
    if (receipt.attemptId() != null) {
      return Optional.ofNullable(entityManager.find(DeliveryAttempt.class, receipt.attemptId()))
          .filter(attempt -> attempt.provider().equals(instance));
    }
    return entityManager
        .createNamedQuery(DeliveryAttempt.BY_PROVIDER_MESSAGE_ID, DeliveryAttempt.class)
        .setParameter("provider", instance)
        .setParameter("providerMessageId", receipt.providerMessageId())
        .getResultStream()
        .findFirst();
  }

  /** What one receipt did: changed an attempt, and made its group try the next provider now. */
  record Outcome(boolean changed, boolean failover) {
    static final Outcome NONE = new Outcome(false, false);
    static final Outcome CHANGED = new Outcome(true, false);
  }
}
