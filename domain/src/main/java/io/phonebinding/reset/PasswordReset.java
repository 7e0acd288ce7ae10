package io.phonebinding.reset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A password reset whose code was checked, waiting to be redeemed once, before it expires. Only a
 * hash of its token is stored.
 */
@Entity
@Table(name = "password_resets")
public class PasswordReset {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "redeemed_at")
  private Instant redeemedAt;

  protected PasswordReset() {}

  PasswordReset(String tokenHash, String userId, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean isRedeemableAt(Instant now) {
    return redeemedAt == null && now.isBefore(expiresAt);
  }

  void redeem(Instant now) {
    redeemedAt = now;
  }

  String userId() {
    return userId;
  }
}
