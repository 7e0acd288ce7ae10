package io.phonebinding.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Deletes what no rule needs any more: expired codes, spent phone change tokens, old outbox
 * messages, old send logs and sign-in failures. The audit trail is kept. Each statement only
 * deletes rows past their time, so servers purging at the same moment do no harm.
 */
@ApplicationScoped
public class DataPurge {

  private static final Logger LOG = Logger.getLogger(DataPurge.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject RetentionSettings retention;

  @Inject Clock clock;

  /** Runs one purge; returns the rows deleted per table. */
  @Transactional
  public Map<String, Integer> purge() {
    Instant now = clock.instant();
    Map<String, Integer> deleted = new LinkedHashMap<>();
    deleted.put(
        "verification_codes",
        delete(
            "delete from VerificationCode c where c.code.expiresAt < :before",
            now.minus(retention.codesAfter())));
    deleted.put(
        "email_codes",
        delete(
            "delete from EmailCode c where c.code.expiresAt < :before",
            now.minus(retention.codesAfter())));
    deleted.put(
        "email_change_requests",
        delete(
            "delete from EmailChangeRequest r where r.expiresAt < :before",
            now.minus(retention.codesAfter())));
    deleted.put(
        "phone_change_requests",
        delete(
            "delete from PhoneChangeRequest r where r.grant.expiresAt < :before",
            now.minus(retention.codesAfter())));
    deleted.put(
        "password_resets",
        delete(
            "delete from PasswordReset r where r.grant.expiresAt < :before",
            now.minus(retention.codesAfter())));
    // A session's refresh tokens go with it (ON DELETE CASCADE in the schema).
    deleted.put(
        "sign_in_sessions",
        delete(
            "delete from SignInSession s where s.expiresAt < :before",
            now.minus(retention.codesAfter())));
    // A message's attempts go with it (ON DELETE CASCADE in the schema).
    deleted.put(
        "sms_outbox",
        delete(
            "delete from OutboxMessage m where m.createdAt < :before and m.status in"
                + " (io.phonebinding.sms.OutboxStatus.SENT, io.phonebinding.sms.OutboxStatus.DELIVERED,"
                + " io.phonebinding.sms.OutboxStatus.FAILED, io.phonebinding.sms.OutboxStatus.EXPIRED,"
                + " io.phonebinding.sms.OutboxStatus.SETTLED)",
            now.minus(retention.outboxAfter())));
    deleted.put(
        "sms_send_log",
        delete("delete from SmsSend s where s.sentAt < :before", now.minus(retention.logsAfter())));
    deleted.put(
        "signin_failures",
        delete(
            "delete from SignInFailure f where f.failedAt < :before",
            now.minus(retention.logsAfter())));
    deleted.put(
        "signup_attempts",
        delete(
            "delete from SignUpAttempt a where a.attemptedAt < :before",
            now.minus(retention.logsAfter())));
    // A block of numbers nobody texted for as long as the logs are kept, and no longer blocked,
    // has nothing left to count.
    deleted.put(
        "number_blocks",
        delete(
            "delete from NumberBlock b where b.traffic.hourStart < :before"
                + " and (b.blockedUntil is null or b.blockedUntil < :before)",
            now.minus(retention.logsAfter())));
    // A lock row only serialises counting; one unused for as long as the logs are kept has
    // nothing left to count, and is made again on its next use.
    deleted.put(
        "limit_locks",
        delete(
            "delete from LimitLock l where l.createdAt < :before",
            now.minus(retention.logsAfter())));
    LOG.fine(() -> "Purged " + deleted);
    return deleted;
  }

  private int delete(String statement, Instant before) {
    return entityManager.createQuery(statement).setParameter("before", before).executeUpdate();
  }
}
