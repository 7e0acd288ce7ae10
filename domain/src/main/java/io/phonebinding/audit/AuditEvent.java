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
public class AuditEvent {

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

  @Column(name = "user_id", nullable = false, length = 36)
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

  AuditEntry toEntry() {
    return new AuditEntry(action, phoneMasked, clientIp, userAgent, outcome, apiCode, createdAt);
  }
}
