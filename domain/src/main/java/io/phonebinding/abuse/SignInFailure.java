package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed password sign-in. */
@Entity
@Table(name = "signin_failures")
@NamedQuery(
    name = SignInFailure.WINDOW_BY_ACCOUNT,
    query =
        "select count(f), min(f.failedAt) from SignInFailure f"
            + " where f.accountKey = :key and f.failedAt > :since")
@NamedQuery(
    name = SignInFailure.WINDOW_BY_IP,
    query =
        "select count(f), min(f.failedAt) from SignInFailure f"
            + " where f.clientIp = :key and f.failedAt > :since")
@NamedQuery(
    name = SignInFailure.FORGET_ACCOUNT,
    query = "delete from SignInFailure f where f.accountKey = :key")
public class SignInFailure {

  static final String WINDOW_BY_ACCOUNT = "SignInFailure.windowByAccount";
  static final String WINDOW_BY_IP = "SignInFailure.windowByIp";
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

  protected SignInFailure() {}

  SignInFailure(String accountKey, String clientIp, Instant failedAt) {
    this.accountKey = accountKey;
    this.clientIp = clientIp;
    this.failedAt = failedAt;
  }

  /** Known once persisted: IDENTITY ids are assigned by the insert that persist makes at once. */
  Long id() {
    return id;
  }
}
