package io.phonebinding.account;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The short transactions of a sign-up, around the password hash that runs outside them. */
@ApplicationScoped
public class NewAccounts {

  @Inject UserRepository users;

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
