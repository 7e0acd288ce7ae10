package io.phonebinding.reset;

import io.phonebinding.account.OneTimeGrant;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A password reset whose code was checked, waiting to set the new password: a {@link OneTimeGrant}
 * under the hash of its token, so whoever once read one SMS cannot take the account back after its
 * owner recovered it.
 */
@Entity
@Table(name = "password_resets")
public class PasswordReset {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Embedded private OneTimeGrant grant;

  protected PasswordReset() {}

  PasswordReset(String tokenHash, OneTimeGrant grant) {
    this.tokenHash = tokenHash;
    this.grant = grant;
  }

  OneTimeGrant grant() {
    return grant;
  }
}
