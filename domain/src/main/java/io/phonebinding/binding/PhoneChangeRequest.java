package io.phonebinding.binding;

import io.phonebinding.account.OneTimeGrant;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.User;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A phone change whose two codes were checked, waiting for its token: a {@link OneTimeGrant} proven
 * by the old number's code, for the new number. Only a hash of its token is stored.
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

  @Embedded
  @AttributeOverride(name = "provenPhone", column = @Column(name = "old_phone", length = 20))
  private OneTimeGrant grant;

  @Column(name = "new_phone", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber newPhone;

  protected PhoneChangeRequest() {}

  PhoneChangeRequest(String tokenHash, OneTimeGrant grant, PhoneNumber newPhone) {
    this.tokenHash = tokenHash;
    this.grant = grant;
    this.newPhone = newPhone;
  }

  /**
   * Redeems it for this user: once, before it expires, by the user who asked, while the old number
   * is still the one they have bound and no change since ended it.
   *
   * @throws PhoneBindingRuleException with {@code UPDATE_TOKEN_INVALID} otherwise
   */
  void redeemFor(User user, Instant now) {
    if (!grant.redeemFor(user, now)) {
      throw new PhoneBindingRuleException(ErrorKind.UPDATE_TOKEN_INVALID);
    }
  }

  PhoneNumber oldPhone() {
    return grant.provenPhone();
  }

  PhoneNumber newPhone() {
    return newPhone;
  }
}
