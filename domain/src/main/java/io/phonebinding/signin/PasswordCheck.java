package io.phonebinding.signin;

import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.PasswordHasher;
import io.phonebinding.account.User;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InputLengths;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whether a password is an account's own, at the cost of one hash whatever the answer: an unknown
 * account and an account without a password cost a decoy hash, so timing tells nothing.
 */
@Dependent
class PasswordCheck {

  @Inject PasswordHasher passwords;

  /**
   * @throws AuthenticationException with {@link ErrorKind#CREDENTIALS_INVALID} unless the account
   *     exists and the password is its own
   */
  User accountOf(Optional<User> account, String password) {
    boolean matches =
        password.length() <= InputLengths.PASSWORD
            && account
                .map(found -> passwords.isPasswordOf(found, password))
                .orElseGet(() -> decoy(password));
    if (!matches) {
      throw new AuthenticationException(ErrorKind.CREDENTIALS_INVALID);
    }
    return account.get();
  }

  /** A wrong password is a wrong guess for the sign-in limits; a busy refusal is none. */
  static boolean isWrongPassword(BusinessException refused) {
    return refused.kind() == ErrorKind.CREDENTIALS_INVALID;
  }

  private boolean decoy(String password) {
    passwords.verifyDecoy(password);
    return false;
  }
}
