package io.phonebinding.account;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * What a code sent to a user's phone granted: one use, before it expires, while the user is as the
 * code found them: the phone it proved still bound, and no reset, password change, phone change or
 * unbind since (each raises the user's token generation). So whoever once read one SMS cannot use
 * it after the owner changed their credentials. The grant is held by the request it unlocks (a
 * password reset, a phone change), under the hash of a {@link OneTimeTokens token}.
 */
@Embeddable
public class OneTimeGrant {

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "phone", length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber provenPhone;

  @Column(name = "user_generation", nullable = false)
  private int userGeneration;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "redeemed_at")
  private Instant redeemedAt;

  protected OneTimeGrant() {}

  private OneTimeGrant(User user, PhoneNumber provenPhone, Instant now, Duration lifetime) {
    this.userId = user.id();
    this.userGeneration = user.tokenGeneration();
    this.provenPhone = provenPhone;
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** A grant to the user, proven by a code sent to the phone they have bound now. */
  public static OneTimeGrant proven(User user, PhoneNumber provenPhone, Instant now, Duration ttl) {
    return new OneTimeGrant(user, provenPhone, now, ttl);
  }

  /** Whether it is unspent and unexpired; a look before the costly work, not yet the rule. */
  public boolean isOpenAt(Instant now) {
    return redeemedAt == null && now.isBefore(expiresAt);
  }

  /**
   * Spends it for the user, row-locked by the caller, if it is open and the user is still as the
   * code found them.
   *
   * @return whether it was spent now; false changes nothing
   */
  public boolean redeemFor(User user, Instant now) {
    boolean redeemable =
        isOpenAt(now)
            && user.id().equals(userId)
            && user.tokenGeneration() == userGeneration
            && user.phone().map(bound -> bound.equals(provenPhone)).orElse(false);
    if (redeemable) {
      redeemedAt = now;
    }
    return redeemable;
  }

  public String userId() {
    return userId;
  }

  public PhoneNumber provenPhone() {
    return provenPhone;
  }
}
