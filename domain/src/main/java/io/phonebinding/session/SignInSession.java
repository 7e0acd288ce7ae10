package io.phonebinding.session;

import io.phonebinding.account.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sign-in: the access tokens issued in it carry its id and its refresh tokens belong to it, so
 * revoking it ends all of them at once. It works while its user's token generation is its own
 * (signing out everywhere, a new password, a phone change and an unbind raise the user's; the
 * session that made such a change is carried into the new generation, every other one ends).
 */
@Entity
@Table(name = "sign_in_sessions")
@NamedQuery(
    name = SignInSession.STATE,
    query =
        "select u.tokenGeneration, s.tokenGeneration, s.revokedAt"
            + " from User u, SignInSession s"
            + " where s.id = :session and u.id = s.userId and u.id = :user")
@NamedQuery(
    name = SignInSession.CARRY,
    query =
        "update SignInSession s set s.tokenGeneration = :after"
            + " where s.id = :session and s.userId = :user and s.tokenGeneration = :before"
            + " and s.revokedAt is null")
@NamedQuery(
    name = SignInSession.REVOKE_IN_APPS,
    query =
        "update SignInSession s set s.revokedAt = :now"
            + " where s.userId = :user and s.clientId in :apps and s.revokedAt is null")
public class SignInSession {

  static final String REVOKE_IN_APPS = "SignInSession.revokeInApps";

  static final String STATE = "SignInSession.state";
  static final String CARRY = "SignInSession.carry";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "client_id", length = 128)
  private String clientId;

  @Column(name = "scope", nullable = false, length = 256)
  private String scope;

  @Column(name = "token_generation", nullable = false)
  private int tokenGeneration;

  @Enumerated(EnumType.STRING)
  @Column(name = "auth_method", nullable = false, length = 16)
  private SignInMethod method;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected SignInSession() {}

  SignInSession(
      User user,
      SignInMethod method,
      String clientId,
      String scope,
      Instant now,
      Duration lifetime) {
    this.id = UUID.randomUUID().toString();
    this.userId = user.id();
    this.tokenGeneration = user.tokenGeneration();
    this.method = Objects.requireNonNull(method);
    this.clientId = clientId;
    this.scope = scope;
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** Whether this session may still refresh for a user now in {@code currentGeneration}. */
  boolean isLiveAt(Instant now, int currentGeneration) {
    return revokedAt == null && now.isBefore(expiresAt) && tokenGeneration == currentGeneration;
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /** Whether it began with a code sent to the phone no longer ago than {@code window}. */
  public boolean beganWithPhoneCodeWithin(Duration window, Instant now) {
    return method == SignInMethod.PHONE_CODE && !now.isAfter(createdAt.plus(window));
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public String clientId() {
    return clientId;
  }

  public String scope() {
    return scope;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
