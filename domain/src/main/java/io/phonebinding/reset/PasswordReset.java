package io.phonebinding.reset;

import io.phonebinding.account.User;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A password reset whose code was checked, waiting to be redeemed once, before it expires, while
 * its user is as the code found them: the phone that proved it still bound, and no reset, password
 * change, phone change or unbind since (each raises the user's token generation). So whoever once
 * read one SMS cannot take the account back after its owner recovered it. Only a hash of its token
 * is stored.
 */
@Entity
@Table(name = "password_resets")
public class PasswordReset {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "phone", length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber phone;

  @Column(name = "user_generation", nullable = false)
  private int userGeneration;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "redeemed_at")
  private Instant redeemedAt;

  protected PasswordReset() {}

  PasswordReset(String tokenHash, User user, PhoneNumber phone, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = user.id();
    this.userGeneration = user.tokenGeneration();
    this.phone = phone;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean isRedeemableAt(Instant now) {
    return redeemedAt == null && now.isBefore(expiresAt);
  }

  /** Whether the user is still as the code found them. */
  boolean stillHolds(User user) {
    return user.id().equals(userId)
        && user.tokenGeneration() == userGeneration
        && user.phone().map(bound -> bound.equals(phone)).orElse(false);
  }

  void redeem(Instant now) {
    redeemedAt = now;
  }

  String userId() {
    return userId;
  }
}
