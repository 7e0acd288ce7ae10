package io.phonebinding.sms;

import io.phonebinding.mail.MailMessage;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

  @Inject DeliveryNeed need;

  @Inject ProviderBreaker breaker;

  @Inject Event<AttemptOutcome> outcomes;

  /** Due rows looked at per claim: the expired ones among them are marked on the way. */
  private static final int LOOK_AHEAD = 20;

  /**
   * Claims the next due message for one attempt, for the length of one lease: one message per
   * claim, so a lease always covers the single provider call made under it, however slow the
   * provider, and no other server takes the message over while it is being sent. On the way,
   * messages whose code expired are marked expired; an attempt whose receipt is overdue is marked
   * so, and its message moves to the next provider, or is settled when its code was used (or
   * replaced) meanwhile: a right code cancels a pending failover.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<OutgoingSms> claimNext(Instant now, Duration lease) {
    for (OutboxMessage message : lockDue(OutboxMessage.DUE, now)) {
      if (message.isAccepted()) {
        currentAttemptOf(message)
            .ifPresent(
                attempt -> {
                  attempt.noReceipt();
                  breaker.failed(attempt.provider());
                  outcomes.fire(
                      AttemptOutcome.of(
                          attempt.provider(), message.recipient().regionCode(), "no_receipt"));
                });
        message.notArrived("no receipt in time", delivery.maxAcceptedAttempts(), now);
        if (message.isFinished()) {
          continue;
        }
      }
      if (message.isTooLateToSend(now)) {
        message.expired();
        continue;
      }
      if (message.isSending()) {
        // Its lease ran out: the server that was sending it stopped mid-call.
        currentAttemptOf(message)
            .ifPresent(attempt -> attempt.failed("interrupted: its dispatcher stopped", now));
      }
      if (message.wasTried()
          && !need.stillNeeded(message.recipient(), message.purpose(), message.createdAt(), now)) {
        message.settled();
        continue;
      }
      Optional<OutgoingSms> outgoing = claim(message, now, lease);
      if (outgoing.isPresent()) {
        return outgoing;
      }
    }
    return Optional.empty();
  }

  /** The first due rows of a query, row-locked; rows another server holds are skipped. */
  private List<OutboxMessage> lockDue(String query, Instant now) {
    return entityManager
        .createNamedQuery(query, OutboxMessage.class)
        .setParameter("now", now)
        .setMaxResults(LOOK_AHEAD)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
        .getResultList();
  }

  private Optional<OutgoingSms> claim(OutboxMessage message, Instant now, Duration lease) {
    String text;
    Map<String, String> templateParams;
    try {
      text = message.text(cipher).orElse("");
      templateParams = message.templateParams(cipher);
    } catch (IllegalStateException unreadable) {
      // Sealed under another master secret, or altered: it can never be sent, and must not hold
      // up the messages behind it.
      message.undeliverable("payload cannot be opened: " + unreadable.getMessage());
      return Optional.empty();
    }
    String provider =
        breaker.choose(delivery.routes().chainFor(message.recipient()), message.chainPosition());
    DeliveryAttempt attempt = new DeliveryAttempt(message.id(), provider, now);
    entityManager.persist(attempt);
    message.claim(now, lease, attempt);
    return Optional.of(
        new OutgoingSms(
            message.id(),
            message.recipient(),
            message.purpose(),
            text,
            templateParams,
            attempt.provider(),
            attempt.id()));
  }

  /**
   * The provider accepted the attempt: its id is kept, and the message waits for a receipt when
   * {@code receiptWait} is given, else it is sent as far as anyone can tell. A receipt may have
   * come first (a fast provider): then the message stays as it made it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void accepted(
      OutgoingSms sms,
      String providerMessageId,
      Duration receiptWait,
      boolean keepPayload,
      Instant now) {
    DeliveryAttempt attempt = entityManager.find(DeliveryAttempt.class, sms.attemptId());
    OutboxMessage message = entityManager.find(OutboxMessage.class, sms.id());
    attempt.accepted(providerMessageId, now);
    boolean counted = message.awaits(attempt);
    if (counted) {
      message.accepted(providerMessageId, now, receiptWait, keepPayload);
    }
    outcomes.fire(
        new AttemptOutcome(
            attempt.provider(),
            message.recipient().regionCode(),
            "accepted",
            null,
            counted && message.carriesCode() && message.acceptedAttempts() == 1));
  }

  /**
   * The provider refused the attempt or did not answer; see {@link OutboxMessage#attemptFailed}.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void attemptFailed(
      OutgoingSms sms, SmsDeliveryException failure, Duration retryDelay, Instant now) {
    DeliveryAttempt attempt = entityManager.find(DeliveryAttempt.class, sms.attemptId());
    OutboxMessage message = entityManager.find(OutboxMessage.class, sms.id());
    attempt.failed(failure.getMessage(), now);
    outcomes.fire(
        AttemptOutcome.of(attempt.provider(), message.recipient().regionCode(), "failed"));
    if (message.awaits(attempt)) {
      message.attemptFailed(
          failure.getMessage(),
          failure.failure(),
          message.hasUntriedProviderIn(delivery.routes().chainFor(message.recipient())),
          retryDelay,
          now);
    }
  }

  /**
   * Claims the next due e-mail for one try with the mail server, for the length of one lease, as
   * {@link #claimNext} claims a text message; a mail whose payload cannot be opened fails.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<QueuedMail> claimNextMail(Instant now, Duration lease) {
    for (OutboxMessage message : lockDue(OutboxMessage.MAIL_DUE, now)) {
      try {
        Optional<MailMessage> mail = message.mail(cipher);
        if (mail.isPresent()) {
          message.claimMail(now, lease);
          return Optional.of(new QueuedMail(message.id(), mail.get()));
        }
        message.undeliverable("nothing left to send");
      } catch (IllegalStateException unreadable) {
        message.undeliverable("payload cannot be opened: " + unreadable.getMessage());
      }
    }
    return Optional.empty();
  }

  /** The mail server took the e-mail; development mode keeps it to be read back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void mailSent(long messageId, boolean keepPayload, Instant now) {
    entityManager.find(OutboxMessage.class, messageId).accepted(null, now, null, keepPayload);
  }

  /** The mail server was not reached or refused the e-mail: tried again after {@code delay}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void mailFailed(long messageId, String error, Duration delay, Instant now) {
    entityManager
        .find(OutboxMessage.class, messageId)
        .attemptFailed(error, SmsDeliveryException.Failure.RETRYABLE, false, delay, now);
  }

  /** The e-mail sent to one address, newest first, with what is left of each (development). */
  @Transactional
  public List<KeptMail> mailTo(String address, int limit) {
    return entityManager
        .createNamedQuery(OutboxMessage.TO_ADDRESS, OutboxMessage.class)
        .setParameter("address", address)
        .setMaxResults(limit)
        .getResultStream()
        .map(message -> KeptMail.of(message, message.mail(cipher)))
        .toList();
  }

  /** How many attempts the message has had, this one included. */
  @Transactional
  public int attemptsOf(long messageId) {
    return entityManager.find(OutboxMessage.class, messageId).attempts();
  }

  private Optional<DeliveryAttempt> currentAttemptOf(OutboxMessage message) {
    return Optional.ofNullable(message.currentAttemptId())
        .map(id -> entityManager.find(DeliveryAttempt.class, id));
  }

  /**
   * The provider that last accepted the newest message to a number for a purpose (a code's
   * channel): the one that got the code there, when it was used.
   */
  @Transactional(TxType.MANDATORY)
  public Optional<String> lastAcceptingProviderOf(PhoneNumber to, String purpose) {
    return entityManager
        .createNamedQuery(OutboxMessage.TO_RECIPIENT, OutboxMessage.class)
        .setParameter("recipient", to)
        .setMaxResults(5)
        .getResultStream()
        .filter(message -> message.purpose().equals(purpose))
        .findFirst()
        .filter(message -> message.acceptedAttempts() > 0)
        .map(OutboxMessage::provider);
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
    List<OutboxMessage> messages =
        entityManager
            .createNamedQuery(OutboxMessage.TO_RECIPIENT, OutboxMessage.class)
            .setParameter("recipient", phone)
            .setMaxResults(limit)
            .getResultList();
    if (messages.isEmpty()) {
      return List.of();
    }
    Map<Long, List<DeliveryAttempt>> attempts =
        entityManager
            .createNamedQuery(DeliveryAttempt.OF_MESSAGES, DeliveryAttempt.class)
            .setParameter("messages", messages.stream().map(OutboxMessage::id).toList())
            .getResultStream()
            .collect(Collectors.groupingBy(DeliveryAttempt::messageId));
    return messages.stream()
        .map(message -> SmsDelivery.of(message, attempts.getOrDefault(message.id(), List.of())))
        .toList();
  }
}
