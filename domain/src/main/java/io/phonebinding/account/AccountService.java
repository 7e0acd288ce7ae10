package io.phonebinding.account;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.abuse.SignUpLimiter;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Accounts: sign-up, sign-in with a password, who a bearer token belongs to, and sign-out. */
@ApplicationScoped
public class AccountService {

  @Inject UserRepository users;

  @Inject NewAccounts newAccounts;

  @Inject PasswordHasher passwords;

  @Inject SignInSessions sessions;

  @Inject SignInGuard guard;

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
    checkPassword(password, Input.PASSWORD);
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
   * Signs in with a password. Failures are counted per account, whichever identifier named it (and
   * per identifier where no account has it), and per client network ({@link SignInGuard}): past
   * either cap the attempt is refused before any password is hashed, however many arrive at once,
   * and a right password is never refused for checks still in flight. The hash is checked outside
   * any transaction; while the hashes' queue is full, the attempt is refused before it counts
   * anything.
   *
   * @throws AuthenticationException with {@link ErrorKind#CREDENTIALS_INVALID} when no account
   *     matches or the password is wrong (the two are not told apart)
   * @throws TooManyRequestsException when the account, the identifier or the IP failed too often
   *     recently, or when the password checks are busy
   */
  public IssuedTokens signIn(
      SignInIdentifier identifier, String password, TokenRequest request, RequestOrigin origin) {
    if (password == null || password.isEmpty()) {
      throw InvalidInputException.required(Input.PASSWORD);
    }
    passwords.refuseIfQueueFull();
    Optional<User> account = findBy(identifier);
    String lockoutKey = account.map(User::lockoutKey).orElse(identifier.lockoutKey());
    User user =
        guard.check(
            lockoutKey,
            origin.clientIp(),
            () -> withPassword(account, password),
            AccountService::isWrongPassword);
    return sessions.open(user, SignInMethod.PASSWORD, request, clock.instant());
  }

  /**
   * @throws AuthenticationException with {@link ErrorKind#CREDENTIALS_INVALID} unless the account
   *     exists and the password is its own; both cases cost one hash
   */
  private User withPassword(Optional<User> account, String password) {
    boolean matches =
        password.length() <= InputLengths.PASSWORD
            && account
                .map(found -> passwordMatches(found, password))
                .orElseGet(() -> decoy(password));
    if (!matches) {
      throw new AuthenticationException(ErrorKind.CREDENTIALS_INVALID);
    }
    return account.get();
  }

  private static boolean isWrongPassword(BusinessException refused) {
    return refused.kind() == ErrorKind.CREDENTIALS_INVALID;
  }

  /**
   * Changes a signed-in user's password. The old password is checked like a sign-in's, under the
   * account's own cap of failures (guesses here and at sign-in count together); both hashes run
   * outside any transaction. A phone-only account has no old password: it sets its first one only
   * in a session that began with a code sent to its phone, within {@link
   * AccountSettings#firstPasswordWindow()}. Every other session of the user ends, and every reset
   * grant and phone-change token; the caller's session goes on.
   *
   * @throws InvalidInputException when the old password is missing or the new one breaks the rules
   * @throws AuthenticationException with {@link ErrorKind#CREDENTIALS_INVALID} for a wrong old
   *     password, {@link ErrorKind#FIRST_PASSWORD_NEEDS_FRESH_CODE_SIGN_IN} for a first password
   *     outside a fresh code sign-in, or {@link ErrorKind#TOKEN_INVALID} when the user is gone
   * @throws TooManyRequestsException after too many wrong old passwords, or when hashing is busy
   */
  public void updatePassword(
      Authenticated caller, String oldPassword, String newPassword, RequestOrigin origin) {
    User user =
        users
            .findById(caller.userId())
            .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
    if (!user.hasPassword()) {
      setFirstPassword(user, caller, newPassword);
      return;
    }
    if (oldPassword == null || oldPassword.isEmpty()) {
      throw InvalidInputException.required(Input.OLD_PASSWORD);
    }
    checkPassword(newPassword, Input.NEW_PASSWORD);
    passwords.refuseIfQueueFull();
    String newHash =
        guard.check(
            user.lockoutKey(),
            origin.clientIp(),
            () -> {
              if (oldPassword.length() > InputLengths.PASSWORD
                  || !passwordMatches(user, oldPassword)) {
                throw new AuthenticationException(ErrorKind.CREDENTIALS_INVALID);
              }
              return passwords.hash(newPassword);
            },
            AccountService::isWrongPassword);
    newAccounts.changePassword(caller, newHash, clock.instant());
  }

  /**
   * Checks a new password against the rules and hashes it, outside any transaction.
   *
   * @throws InvalidInputException when it breaks the rules, naming {@code input}
   * @throws TooManyRequestsException when the password checks are busy
   */
  public String hashNewPassword(String password, Input input) {
    checkPassword(password, input);
    return hashChecked(password);
  }

  private String hashChecked(String password) {
    passwords.refuseIfQueueFull();
    return passwords.hash(password);
  }

  private void setFirstPassword(User user, Authenticated caller, String newPassword) {
    checkPassword(newPassword, Input.NEW_PASSWORD);
    Instant now = clock.instant();
    boolean freshCodeSignIn =
        sessions
            .find(caller.sessionId())
            .filter(
                session -> session.beganWithPhoneCodeWithin(settings.firstPasswordWindow(), now))
            .isPresent();
    if (!freshCodeSignIn) {
      throw new AuthenticationException(ErrorKind.FIRST_PASSWORD_NEEDS_FRESH_CODE_SIGN_IN);
    }
    newAccounts.setFirstPassword(caller, hashChecked(newPassword), clock.instant());
  }

  /**
   * The user a bearer access token was issued to, while its sign-in session stands: signing out
   * ends every session of the user; a new password, a phone change and an unbind every session but
   * the one that made the change; revoking a token ends its session.
   *
   * @throws AuthenticationException when the token is missing, bad, expired or revoked
   */
  public Authenticated authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new AuthenticationException(ErrorKind.NOT_SIGNED_IN);
    }
    return sessions.check(accessToken.strip(), clock.instant());
  }

  /** Ends every access token of the user: signing out everywhere. */
  @Transactional
  public void signOut(String userId) {
    users.lockById(userId).ifPresent(user -> user.revokeTokens(clock.instant()));
  }

  /** The profile of a signed-in user. */
  @Transactional
  public UserProfile profile(String userId) {
    return users
        .findById(userId)
        .map(UserProfile::of)
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }

  private Optional<User> findBy(SignInIdentifier identifier) {
    return switch (identifier.kind()) {
      case USERNAME -> users.findByUsernameKey(identifier.canonical());
      case EMAIL -> users.findByEmail(identifier.canonical());
      case PHONE -> users.findByPhone(PhoneNumber.ofStored(identifier.canonical()));
    };
  }

  /** An account without a password (phone-only) costs the same time as a wrong password. */
  private boolean passwordMatches(User user, String password) {
    String hash = user.passwordHash();
    return hash == null ? decoy(password) : passwords.matches(password, hash);
  }

  private boolean decoy(String password) {
    passwords.verifyDecoy(password);
    return false;
  }

  private void checkPassword(String password, Input input) {
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
}
