package io.phonebinding.account;

import io.phonebinding.abuse.SignUpLimiter;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/** Accounts: sign-up with a username and a password, the rules of a new password, the profile. */
@ApplicationScoped
public class AccountService {

  @Inject UserRepository users;

  @Inject NewAccounts newAccounts;

  @Inject PasswordHasher passwords;

  @Inject SignUpLimiter signUps;

  @Inject AccountSettings settings;

  @Inject Clock clock;

  /**
   * Creates an account with a username, an optional email and a password. The password is hashed
   * before any transaction opens, so a storm of sign-ups holds no database connection while it
   * burns CPU.
   *
   * @throws InvalidInputException for a malformed username, email or password
   * @throws AccountConflictException if the username (or a look-alike of it) or email is taken
   * @throws TooManyRequestsException when the client IP tried to sign up too often this hour
   *     (refused attempts count too), or when the password checks are busy (then before anything is
   *     looked up or counted)
   */
  public UserProfile signUp(String username, String email, String password, RequestOrigin origin) {
    String checkedUsername = Usernames.checked(username);
    String checkedEmail = Emails.checked(email);
    checkNewPassword(password, Input.PASSWORD);
    passwords.refuseIfQueueFull();
    // Counted before the look-up, so a refusal for a taken name costs the caller's hourly budget:
    // otherwise sign-up would tell who is registered at the rate of requests.
    long attempt = signUps.admit(origin.clientIp(), clock.instant());
    newAccounts.refuseIfTaken(checkedUsername, checkedEmail);
    String hash;
    try {
      hash = passwords.hash(password);
    } catch (TooManyRequestsException tooBusyToHash) {
      signUps.cancel(attempt);
      throw tooBusyToHash;
    }
    return newAccounts.create(checkedUsername, checkedEmail, hash, clock.instant());
  }

  /**
   * Checks a new password against the rules and hashes it, outside any transaction.
   *
   * @throws InvalidInputException when it breaks the rules, naming {@code input}
   * @throws TooManyRequestsException when the password checks are busy
   */
  public String hashNewPassword(String password, Input input) {
    checkNewPassword(password, input);
    passwords.refuseIfQueueFull();
    return passwords.hash(password);
  }

  /**
   * @throws InvalidInputException when the password is missing, too short or too long, naming
   *     {@code input}
   */
  public void checkNewPassword(String password, Input input) {
    if (password == null || password.isEmpty()) {
      throw InvalidInputException.required(input);
    }
    if (password.length() < settings.passwordMinLength()) {
      throw new InvalidInputException(ErrorKind.PASSWORD_TOO_SHORT, input);
    }
    if (password.length() > InputLengths.PASSWORD) {
      throw InvalidInputException.invalid(input);
    }
  }

  /** The profile of a signed-in user: one row read, which needs no transaction of its own. */
  @Transactional(TxType.SUPPORTS)
  public UserProfile profile(String userId) {
    return users
        .findById(userId)
        .map(UserProfile::of)
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }
}
