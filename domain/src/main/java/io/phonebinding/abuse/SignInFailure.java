package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed guess (a password, a sign-in code, a reset code), or one still being checked: a check
 * in flight holds a place under the cap until it ends, so a burst of guesses cannot all reach the
 * check at once. A check that never ended (its server died) counts as a failure once it is stale.
 */
@Entity
@Table(name = "signin_failures")
@NamedQuery(name = SignInFailure.BY_ACCOUNT, query = SignInFailure.COUNTS + "f.accountKey = :key")
@NamedQuery(name = SignInFailure.BY_IP, query = SignInFailure.COUNTS + "f.clientIp = :key")
@NamedQuery(
    name = SignInFailure.FAILED,
    query = "update SignInFailure f set f.pending = false where f.id = :id")
@NamedQuery(
    name = SignInFailure.FORGET_ACCOUNT,
    query =
        "delete from SignInFailure f where f.accountKey = :key"
            + " and (f.pending = false or f.id = :id)")
public class SignInFailure {

  static final String BY_ACCOUNT = "SignInFailure.byAccount";
  static final String BY_IP = "SignInFailure.byIp";

  /**
   * Of one key's rows in the window: the failures that happened, the oldest of them, and the checks
   * in flight, counted in one statement so a check that ends meanwhile is counted once.
   */
  static final String COUNTS =
      "select sum(case when f.pending = false or f.failedAt <= :stale then 1 else 0 end),"
          + " min(case when f.pending = false or f.failedAt <= :stale then f.failedAt end),"
          + " sum(case when f.pending = true and f.failedAt > :stale then 1 else 0 end)"
          + " from SignInFailure f where f.failedAt > :since and ";

  static final String FAILED = "SignInFailure.failed";
  static final String FORGET_ACCOUNT = "SignInFailure.forgetAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_key", nullable = false, length = 254)
  private String accountKey;

  @Column(name = "client_ip", nullable = false, length = 64)
  private String clientIp;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  @Column(name = "pending", nullable = false)
  private boolean pending;

  protected SignInFailure() {}

  /** A guess about to be checked. */
  static SignInFailure inFlight(String accountKey, String clientIp, Instant now) {
    SignInFailure check = new SignInFailure();
    check.accountKey = accountKey;
    check.clientIp = clientIp;
    check.failedAt = now;
    check.pending = true;
    return check;
  }

  /** Known once persisted: IDENTITY ids are assigned by the insert that persist makes at once. */
  Long id() {
    return id;
  }
}
