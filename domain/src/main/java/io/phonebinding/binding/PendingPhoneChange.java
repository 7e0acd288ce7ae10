package io.phonebinding.binding;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of number made without the old phone (its owner lost it): proven by the new number's
 * code, the password and, where the account has one, a code to its verified e-mail, it waits for
 * its delay. The old number and the e-mail each got a single-use link that cancels it; only their
 * hashes are stored.
 */
@Entity
@Table(name = "pending_phone_changes")
@NamedQuery(
    name = PendingPhoneChange.DUE,
    query =
        "select c.id from PendingPhoneChange c where c.state ="
            + " io.phonebinding.binding.PendingPhoneChange.State.PENDING"
            + " and c.effectiveAt <= :now order by c.effectiveAt")
@NamedQuery(
    name = PendingPhoneChange.PENDING_OF_USER,
    query =
        "select c from PendingPhoneChange c where c.userId = :user and c.state ="
            + " io.phonebinding.binding.PendingPhoneChange.State.PENDING")
@NamedQuery(
    name = PendingPhoneChange.BY_CANCEL_TOKEN,
    query =
        "select c from PendingPhoneChange c where c.smsCancelHash = :hash"
            + " or c.mailCancelHash = :hash")
public class PendingPhoneChange {

  static final String DUE = "PendingPhoneChange.due";
  static final String PENDING_OF_USER = "PendingPhoneChange.pendingOfUser";
  static final String BY_CANCEL_TOKEN = "PendingPhoneChange.byCancelToken";

  /** Where it stands. */
  public enum State {
    PENDING,
    COMPLETED,
    /** By a cancel link, or because the new number was taken meanwhile. */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "old_phone", length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber oldPhone;

  @Column(name = "new_phone", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber newPhone;

  /** The sign-in session it was requested from: a cancel ends it. */
  @Column(name = "session_id", length = 36)
  private String sessionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private State state;

  @Column(name = "sms_cancel_hash", length = 64)
  private String smsCancelHash;

  @Column(name = "mail_cancel_hash", length = 64)
  private String mailCancelHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "effective_at", nullable = false)
  private Instant effectiveAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected PendingPhoneChange() {}

  PendingPhoneChange(
      String userId,
      PhoneNumber oldPhone,
      PhoneNumber newPhone,
      String sessionId,
      String smsCancelHash,
      String mailCancelHash,
      Instant now,
      Instant effectiveAt) {
    this.userId = Objects.requireNonNull(userId);
    this.oldPhone = oldPhone;
    this.newPhone = Objects.requireNonNull(newPhone);
    this.sessionId = sessionId;
    this.smsCancelHash = smsCancelHash;
    this.mailCancelHash = mailCancelHash;
    this.state = State.PENDING;
    this.createdAt = now;
    this.effectiveAt = effectiveAt;
  }

  boolean isDueAt(Instant now) {
    return state == State.PENDING && !effectiveAt.isAfter(now);
  }

  boolean isPending() {
    return state == State.PENDING;
  }

  /** Ends it; its links are spent. */
  void end(State end, Instant now) {
    state = end;
    smsCancelHash = null;
    mailCancelHash = null;
    endedAt = now;
  }

  public String userId() {
    return userId;
  }

  public PhoneNumber oldPhone() {
    return oldPhone;
  }

  public PhoneNumber newPhone() {
    return newPhone;
  }

  public String sessionId() {
    return sessionId;
  }

  public State state() {
    return state;
  }

  public Instant effectiveAt() {
    return effectiveAt;
  }
}
