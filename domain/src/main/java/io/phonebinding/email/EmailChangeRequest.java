package io.phonebinding.email;

import io.phonebinding.account.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail change whose codes were checked, waiting for its token: once, before it expires, for
 * the user who asked, while nothing changed their credentials since. Only a hash of its token is
 * stored.
 */
@Entity
@Table(name = "email_change_requests")
@NamedQuery(
    name = EmailChangeRequest.FIND_BY_TOKEN_HASH,
    query = "select r from EmailChangeRequest r where r.tokenHash = :tokenHash")
public class EmailChangeRequest {

  static final String FIND_BY_TOKEN_HASH = "EmailChangeRequest.findByTokenHash";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "user_generation", nullable = false)
  private int userGeneration;

  @Column(name = "new_email", nullable = false, length = 254)
  private String newEmail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "redeemed_at")
  private Instant redeemedAt;

  protected EmailChangeRequest() {}

  EmailChangeRequest(String tokenHash, User user, String newEmail, Instant now, Duration ttl) {
    this.tokenHash = tokenHash;
    this.userId = user.id();
    this.userGeneration = user.tokenGeneration();
    this.newEmail = newEmail;
    this.createdAt = now;
    this.expiresAt = now.plus(ttl);
  }

  /** Spends it for the user, if it is theirs, open, and nothing changed since; else false. */
  boolean redeemFor(User user, Instant now) {
    boolean redeemable =
        redeemedAt == null
            && now.isBefore(expiresAt)
            && user.id().equals(userId)
            && user.tokenGeneration() == userGeneration;
    if (redeemable) {
      redeemedAt = now;
    }
    return redeemable;
  }

  String newEmail() {
    return newEmail;
  }
}
