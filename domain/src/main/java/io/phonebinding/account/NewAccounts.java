package io.phonebinding.account;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The short transactions of a sign-up and of a password change, around the password hashes that run
 * outside them.
 */
@ApplicationScoped
public class NewAccounts {

  @Inject UserRepository users;

  @Inject SignInSessions sessions;

  /**
   * @throws AccountConflictException if the username (or a look-alike) or the email is taken
   */
  @Transactional
  public void refuseIfTaken(String username, String email) {
    if (username != null && users.findByUsernameKey(Usernames.key(username)).isPresent()) {
      throw new AccountConflictException(ErrorKind.USERNAME_TAKEN);
    }
    if (email != null && users.findByEmail(email).isPresent()) {
      throw new AccountConflictException(ErrorKind.ACCOUNT_EXISTS);
    }
  }

  /**
   * Stores an account made with a phone a code just proved, in the caller's transaction.
   *
   * @throws AccountConflictException with {@code ACCOUNT_EXISTS} if an account has the phone or the
   *     e-mail, {@code USERNAME_TAKEN} if one has the username
   */
  @Transactional
  public User createWithPhone(PhoneNumber phone, SignUpProfile profile, Instant now) {
    if (users.findByPhone(phone).isPresent()) {
      throw new AccountConflictException(ErrorKind.ACCOUNT_EXISTS);
    }
    refuseIfTaken(profile.username(), profile.email());
    User user = User.withPhone(phone, profile, now);
    users.add(user);
    try {
      users.flush();
    } catch (PersistenceException raceWithAnotherSignUp) {
      throw new AccountConflictException(ErrorKind.ACCOUNT_EXISTS);
    }
    return user;
  }

  /** Stores a user's new password hash; every session of the user but the caller's ends. */
  @Transactional
  public void changePassword(Authenticated caller, String newPasswordHash, Instant now) {
    User user = lock(caller);
    int generation = user.tokenGeneration();
    user.changePassword(newPasswordHash, now);
    sessions.keepThroughChange(caller.sessionId(), user, generation);
  }

  /**
   * Stores the first password of an account that had none; every session of the user but the
   * caller's ends.
   *
   * @throws InvalidInputException for {@code oldPassword} when a password was set meanwhile
   */
  @Transactional
  public void setFirstPassword(Authenticated caller, String passwordHash, Instant now) {
    User user = lock(caller);
    if (user.hasPassword()) {
      throw InvalidInputException.required(Input.OLD_PASSWORD);
    }
    int generation = user.tokenGeneration();
    user.changePassword(passwordHash, now);
    sessions.keepThroughChange(caller.sessionId(), user, generation);
  }

  private User lock(Authenticated caller) {
    return users
        .lockById(caller.userId())
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }

  /**
   * Stores the account; a sign-up that raced this one for the name or email loses here.
   *
   * @throws AccountConflictException if the username or email was taken meanwhile
   */
  @Transactional
  public UserProfile create(String username, String email, String passwordHash, Instant now) {
    refuseIfTaken(username, email);
    User user = new User(username, email, passwordHash, now);
    users.add(user);
    try {
      users.flush();
    } catch (PersistenceException raceWithAnotherSignUp) {
      throw new AccountConflictException(ErrorKind.USERNAME_TAKEN);
    }
    return UserProfile.of(user);
  }
}
