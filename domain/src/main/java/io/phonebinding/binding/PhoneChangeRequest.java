package io.phonebinding.binding;

import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.User;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A phone change whose two codes were checked, waiting to be redeemed once, before it expires, by
 * the same user, while nothing changed their credentials (a reset, a password change, a phone
 * change or an unbind raise the user's token generation and so end it). Only a hash of its token is
 * stored.
 */
@Entity
@Table(name = "phone_change_requests")
@NamedQuery(
    name = PhoneChangeRequest.FIND_BY_TOKEN_HASH,
    query = "select r from PhoneChangeRequest r where r.tokenHash = :tokenHash")
public class PhoneChangeRequest {

  static final String FIND_BY_TOKEN_HASH = "PhoneChangeRequest.findByTokenHash";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "old_phone", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber oldPhone;

  @Column(name = "new_phone", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber newPhone;

  @Column(name = "user_generation", nullable = false)
  private int userGeneration;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "redeemed_at")
  private Instant redeemedAt;

  protected PhoneChangeRequest() {}

  PhoneChangeRequest(
      String tokenHash,
      User user,
      PhoneNumber oldPhone,
      PhoneNumber newPhone,
      Instant now,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = user.id();
    this.userGeneration = user.tokenGeneration();
    this.oldPhone = oldPhone;
    this.newPhone = newPhone;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /**
   * Redeems it for this user: once, before it expires, by the user who asked, while the old number
   * is still the one they have bound and no change since ended it.
   *
   * @throws PhoneBindingRuleException with {@code UPDATE_TOKEN_INVALID} otherwise
   */
  void redeemFor(User user, Instant now) {
    boolean redeemable =
        redeemedAt == null
            && now.isBefore(expiresAt)
            && userId.equals(user.id())
            && userGeneration == user.tokenGeneration()
            && user.phone().map(oldPhone::equals).orElse(false);
    if (!redeemable) {
      throw new PhoneBindingRuleException(ErrorKind.UPDATE_TOKEN_INVALID);
    }
    redeemedAt = now;
  }

  PhoneNumber oldPhone() {
    return oldPhone;
  }

  PhoneNumber newPhone() {
    return newPhone;
  }
}
