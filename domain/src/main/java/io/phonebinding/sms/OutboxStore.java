package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's short transactions on the outbox. Claiming locks the due rows with {@code FOR
 * UPDATE SKIP LOCKED} (on PostgreSQL; H2 waits instead), so several servers share the work and
 * never take the same message; the provider is then called outside any transaction.
 */
@ApplicationScoped
public class OutboxStore {

  /** Hibernate's lock timeout value for SKIP LOCKED. */
  private static final int SKIP_LOCKED = -2;

  @PersistenceContext EntityManager entityManager;

  @Inject OutboxCipher cipher;

  @Inject SmsDeliverySettings delivery;

  /** Due rows looked at per claim: the expired ones among them are marked on the way. */
  private static final int LOOK_AHEAD = 20;

  /**
   * Claims the next due message for one attempt, for the length of one lease: one message per
   * claim, so a lease always covers the single provider call made under it, however slow the
   * provider, and no other server takes the message over while it is being sent. Messages whose
   * code expired meanwhile are marked expired on the way and not returned.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<OutgoingSms> claimNext(Instant now, Duration lease) {
    List<OutboxMessage> due =
        entityManager
            .createNamedQuery(OutboxMessage.DUE, OutboxMessage.class)
            .setParameter("now", now)
            .setMaxResults(LOOK_AHEAD)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .getResultList();
    for (OutboxMessage message : due) {
      if (message.isTooLateToSend(now)) {
        message.expired();
        continue;
      }
      OutgoingSms outgoing;
      try {
        outgoing =
            new OutgoingSms(
                message.id(),
                message.recipient(),
                message.purpose(),
                message.text(cipher).orElse(""),
                message.templateParams(cipher));
      } catch (IllegalStateException unreadable) {
        // Sealed under another master secret, or altered: it can never be sent, and must not
        // hold up the messages behind it.
        message.undeliverable("payload cannot be opened: " + unreadable.getMessage());
        continue;
      }
      message.claim(now, lease);
      return Optional.of(outgoing);
    }
    return Optional.empty();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(long id, String provider, String providerMessageId, Instant now) {
    entityManager
        .find(OutboxMessage.class, id)
        .delivered(provider, providerMessageId, now, delivery.isDevelopmentProvider());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void attemptFailed(
      long id, String provider, SmsDeliveryException failure, Duration retryDelay, Instant now) {
    entityManager
        .find(OutboxMessage.class, id)
        .attemptFailed(provider, failure.getMessage(), failure.isRetryable(), retryDelay, now);
  }

  /** The outbox as it stands for one recipient, newest first, with what is left of each text. */
  @Transactional
  public List<KeptSms> messagesTo(PhoneNumber phone, int limit) {
    return entityManager
        .createNamedQuery(OutboxMessage.TO_RECIPIENT, OutboxMessage.class)
        .setParameter("recipient", phone)
        .setMaxResults(limit)
        .getResultStream()
        .map(message -> KeptSms.of(message, message.text(cipher).orElse(null)))
        .toList();
  }

  /** The messages to one recipient as an operator sees them, newest first. */
  @Transactional
  public List<SmsDelivery> deliveriesTo(PhoneNumber phone, int limit) {
    return entityManager
        .createNamedQuery(OutboxMessage.TO_RECIPIENT, OutboxMessage.class)
        .setParameter("recipient", phone)
        .setMaxResults(limit)
        .getResultStream()
        .map(SmsDelivery::of)
        .toList();
  }

  @Transactional
  public OutboxMessage find(long id) {
    return entityManager.find(OutboxMessage.class, id);
  }
}
