package io.phonebinding.audit;

import io.phonebinding.abuse.SlidingWindow;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail of phone bindings. A success is written in the transaction that made the change,
 * so both commit or neither does; a refusal is written in a transaction of its own once the refused
 * one has rolled back.
 */
@ApplicationScoped
public class AuditTrail {

  /** Most entries a history returns at once. */
  public static final int MAX_HISTORY = 100;

  @PersistenceContext EntityManager entityManager;

  @Inject UserRepository users;

  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  public void success(String userId, AuditAction action, String phoneMasked, RequestOrigin origin) {
    entityManager.persist(
        new AuditEvent(userId, action, phoneMasked, origin, null, clock.instant()));
  }

  /**
   * Records what an operator did, in the transaction that did it.
   *
   * @param userId the account concerned, or null (a change to a number list)
   * @param actor the name of the access key the operator acted with
   */
  @Transactional(TxType.MANDATORY)
  public void byOperator(
      String userId,
      AuditAction action,
      String phoneMasked,
      RequestOrigin origin,
      String actor,
      String reason) {
    entityManager.persist(
        AuditEvent.byOperator(userId, action, phoneMasked, origin, actor, reason, clock.instant()));
  }

  /**
   * Records a refused attempt, after the attempt's own transaction has ended.
   *
   * @param phone the number the attempt was about; null for the user's current number
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void refusal(
      String userId,
      AuditAction action,
      PhoneNumber phone,
      RequestOrigin origin,
      ErrorKind reason) {
    String masked =
        phone != null
            ? phone.masked()
            : users.findById(userId).flatMap(User::phone).map(PhoneNumber::masked).orElse(null);
    entityManager.persist(new AuditEvent(userId, action, masked, origin, reason, clock.instant()));
  }

  /** The user's refused attempts in the window ending now. */
  @Transactional
  public SlidingWindow refusalsWithin(String userId, Duration window, Instant now) {
    return SlidingWindow.of(entityManager, AuditEvent.REFUSALS_OF_USER, userId, window, now);
  }

  /**
   * The user's sign-ins in {@code [from, to)}, newest first, from one IP or any (null), one page of
   * them and how many there are in all.
   */
  @Transactional
  public Page<AuditEntry> signInsOf(
      String userId, String clientIp, Instant from, Instant to, int page, int limit) {
    var rows =
        entityManager
            .createNamedQuery(AuditEvent.SIGN_INS_OF_USER, AuditEvent.class)
            .setFirstResult((page - 1) * limit)
            .setMaxResults(limit);
    var count = entityManager.createNamedQuery(AuditEvent.COUNT_SIGN_INS_OF_USER, Long.class);
    for (var query : List.of(rows, count)) {
      query
          .setParameter("userId", userId)
          .setParameter("actions", AuditAction.SIGN_INS)
          .setParameter("from", from)
          .setParameter("to", to)
          .setParameter("ip", clientIp == null ? "" : clientIp)
          .setParameter("anyIp", clientIp == null);
    }
    return new Page<>(
        rows.getResultStream().map(AuditEvent::toEntry).toList(), count.getSingleResult());
  }

  /** The user's own history, newest first. */
  @Transactional
  public List<AuditEntry> historyOf(String userId, int limit) {
    return entityManager
        .createNamedQuery(AuditEvent.HISTORY_OF_USER, AuditEvent.class)
        .setParameter("userId", userId)
        .setMaxResults(Math.max(1, Math.min(limit, MAX_HISTORY)))
        .getResultStream()
        .map(AuditEvent::toEntry)
        .toList();
  }
}
