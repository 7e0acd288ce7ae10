package io.phonebinding.audit;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.RequestOrigin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit trail: who tried what on which (masked) phone, from where, and how it
 * ended.
 */
@Entity
@Table(name = "audit_events")
@NamedQuery(
    name = AuditEvent.HISTORY_OF_USER,
    query =
        "select e from AuditEvent e where e.userId = :userId order by e.createdAt desc, e.id desc")
@NamedQuery(
    name = AuditEvent.REFUSALS_OF_USER,
    query =
        "select count(e), min(e.createdAt) from AuditEvent e where e.userId = :key and"
            + " e.outcome = io.phonebinding.audit.AuditEvent.Outcome.REFUSED"
            + " and e.createdAt > :since")
@NamedQuery(
    name = AuditEvent.SIGN_INS_OF_USER,
    query =
        "select e from AuditEvent e where e.userId = :userId and e.action in :actions"
            + " and e.outcome = io.phonebinding.audit.AuditEvent.Outcome.SUCCESS"
            + " and e.createdAt >= :from and e.createdAt < :to"
            + " and (e.clientIp = :ip or :anyIp = true) order by e.createdAt desc, e.id desc")
@NamedQuery(
    name = AuditEvent.COUNT_SIGN_INS_OF_USER,
    query =
        "select count(e) from AuditEvent e where e.userId = :userId and e.action in :actions"
            + " and e.outcome = io.phonebinding.audit.AuditEvent.Outcome.SUCCESS"
            + " and e.createdAt >= :from and e.createdAt < :to"
            + " and (e.clientIp = :ip or :anyIp = true)")
public class AuditEvent {

  static final String SIGN_INS_OF_USER = "AuditEvent.signInsOfUser";
  static final String COUNT_SIGN_INS_OF_USER = "AuditEvent.countSignInsOfUser";

  /** The actor of what the service does by itself. */
  static final String SERVICE_ACTOR = "phone-binding";

  static final String HISTORY_OF_USER = "AuditEvent.historyOfUser";
  static final String REFUSALS_OF_USER = "AuditEvent.refusalsOfUser";

  /** How an attempt ended. */
  public enum Outcome {
    SUCCESS,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", length = 36)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 40)
  private AuditAction action;

  @Column(name = "phone_masked", length = 32)
  private String phoneMasked;

  @Column(name = "client_ip", length = 64)
  private String clientIp;

  @Column(name = "user_agent", length = 256)
  private String userAgent;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 16)
  private Outcome outcome;

  @Column(name = "api_code", nullable = false)
  private int apiCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The access key an operator acted with; null for the user's own acts. */
  @Column(name = "actor", length = 64)
  private String actor;

  @Column(name = "reason", length = 500)
  private String reason;

  protected AuditEvent() {}

  AuditEvent(
      String userId,
      AuditAction action,
      String phoneMasked,
      RequestOrigin origin,
      ErrorKind refusal,
      Instant createdAt) {
    this.userId = userId;
    this.action = action;
    this.phoneMasked = phoneMasked;
    this.clientIp = origin.clientIp();
    this.userAgent = origin.userAgent();
    this.outcome = refusal == null ? Outcome.SUCCESS : Outcome.REFUSED;
    this.apiCode = refusal == null ? 0 : refusal.apiCode();
    this.createdAt = createdAt;
  }

  /** What an operator did, with the access key's name and the reason given. */
  static AuditEvent byOperator(
      String userId,
      AuditAction action,
      String phoneMasked,
      RequestOrigin origin,
      String actor,
      String reason,
      Instant createdAt) {
    AuditEvent event = new AuditEvent(userId, action, phoneMasked, origin, null, createdAt);
    event.actor = actor;
    event.reason = reason;
    return event;
  }

  /** What the service did by itself, no operator asking, with {@code phone-binding} as actor. */
  static AuditEvent byService(
      AuditAction action, String subject, RequestOrigin origin, String reason, Instant createdAt) {
    return byOperator(null, action, subject, origin, SERVICE_ACTOR, reason, createdAt);
  }

  AuditEntry toEntry() {
    return new AuditEntry(
        action, phoneMasked, clientIp, userAgent, outcome, apiCode, createdAt, actor, reason);
  }
}
