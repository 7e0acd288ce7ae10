package io.phonebinding.account;

import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/** An operator's edits of a username or an e-mail, under the rules sign-up keeps. */
@ApplicationScoped
public class ProfileEdits {

  @Inject UserRepository users;

  /**
   * @throws io.phonebinding.error.InvalidInputException for a malformed username
   * @throws AccountConflictException with {@code USERNAME_TAKEN} when another account has it (or a
   *     look-alike of it)
   */
  @Transactional(TxType.MANDATORY)
  public void rename(User user, String username, Instant now) {
    String checked = Usernames.checked(username);
    users
        .findByUsernameKey(Usernames.key(checked))
        .filter(other -> !other.id().equals(user.id()))
        .ifPresent(
            other -> {
              throw new AccountConflictException(ErrorKind.USERNAME_TAKEN);
            });
    user.rename(checked, now);
    flushOr(ErrorKind.USERNAME_TAKEN);
  }

  /**
   * @throws io.phonebinding.error.InvalidInputException for a malformed address
   * @throws AccountConflictException with {@code ACCOUNT_EXISTS} when another account has it
   */
  @Transactional(TxType.MANDATORY)
  public void changeEmail(User user, String email, Instant now) {
    String checked = Emails.checked(email);
    users
        .findByEmail(checked)
        .filter(other -> !other.id().equals(user.id()))
        .ifPresent(
            other -> {
              throw new AccountConflictException(ErrorKind.ACCOUNT_EXISTS);
            });
    user.changeEmail(checked, now);
    flushOr(ErrorKind.ACCOUNT_EXISTS);
  }

  private void flushOr(ErrorKind raceLost) {
    try {
      users.flush();
    } catch (PersistenceException anotherAccountTookItMeanwhile) {
      throw new AccountConflictException(raceLost);
    }
  }
}
