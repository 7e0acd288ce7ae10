package io.phonebinding.account;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.audit.RequestOrigin;
import io.phonebinding.config.Settings;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts: sign-up, sign-in with a password, and who a bearer token belongs to. */
@ApplicationScoped
public class AccountService {

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.@-]{3,64}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL_LENGTH = 254;
  private static final int MAX_PASSWORD_LENGTH = 128;

  @Inject UserRepository users;

  @Inject PasswordHasher passwords;

  @Inject AccessTokens tokens;

  @Inject SignInGuard guard;

  @Inject Settings settings;

  @Inject Clock clock;

  /**
   * Creates an account with a username, an optional email and a password.
   *
   * @throws InvalidInputException for a malformed username, email or password
   * @throws AccountConflictException if the username or email is taken
   */
  @Transactional
  public UserProfile signUp(String username, String email, String password) {
    String checkedUsername = checkUsername(username);
    String checkedEmail = checkEmail(email);
    checkPassword(password);
    if (users.findByUsername(checkedUsername).isPresent()) {
      throw new AccountConflictException(ErrorKind.USERNAME_TAKEN);
    }
    if (checkedEmail != null && users.findByEmail(checkedEmail).isPresent()) {
      throw new AccountConflictException(ErrorKind.EMAIL_TAKEN);
    }
    User user = new User(checkedUsername, checkedEmail, passwords.hash(password), clock.instant());
    users.add(user);
    try {
      users.flush();
    } catch (PersistenceException raceWithAnotherSignUp) {
      throw new AccountConflictException(ErrorKind.USERNAME_TAKEN);
    }
    return UserProfile.of(user);
  }

  /**
   * Signs in with a password. {@code account} may be a username, an email or a phone number.
   * Failures are counted per account and per client IP; past the limit further tries are refused
   * before the password is checked.
   *
   * @throws AuthenticationException with {@link ErrorKind#CREDENTIALS_INVALID} when no account
   *     matches or the password is wrong (the two are not told apart)
   * @throws TooManyRequestsException when the account or the IP failed too often recently
   */
  @Transactional(dontRollbackOn = AuthenticationException.class)
  public IssuedTokens signIn(String account, String password, RequestOrigin origin) {
    if (account == null || account.isBlank()) {
      throw InvalidInputException.required("account");
    }
    if (password == null || password.isEmpty()) {
      throw InvalidInputException.required("password");
    }
    Instant now = clock.instant();
    String normalized = account.strip();
    Optional<User> user =
        normalized.length() > MAX_EMAIL_LENGTH ? Optional.empty() : findByAccount(normalized);
    String failureKey = user.map(User::id).orElse(normalized.toLowerCase(Locale.ROOT));
    if (failureKey.length() > MAX_EMAIL_LENGTH) {
      failureKey = failureKey.substring(0, MAX_EMAIL_LENGTH);
    }
    guard.checkAllowed(failureKey, origin.clientIp(), now);
    boolean matches =
        password.length() <= MAX_PASSWORD_LENGTH
            && user.map(found -> passwordMatches(found, password)).orElseGet(() -> decoy(password));
    if (!matches) {
      guard.recordFailure(failureKey, origin.clientIp(), now);
      throw new AuthenticationException(ErrorKind.CREDENTIALS_INVALID);
    }
    guard.forgetFailures(failureKey);
    return tokens.issueFor(user.get(), now);
  }

  private boolean passwordMatches(User user, String password) {
    String hash = user.passwordHash();
    return hash != null && passwords.matches(password, hash);
  }

  private boolean decoy(String password) {
    passwords.verifyDecoy(password);
    return false;
  }

  /**
   * The user a bearer access token was issued to. The token alone decides, without a query: the
   * operations on the account load it anyway and answer TOKEN_INVALID if it is gone (accounts are
   * never deleted).
   *
   * @throws AuthenticationException when the token is missing, bad or expired
   */
  public String authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new AuthenticationException(ErrorKind.NOT_SIGNED_IN);
    }
    return tokens.userIdOf(accessToken.strip(), clock.instant());
  }

  /** The profile of a signed-in user. */
  @Transactional
  public UserProfile profile(String userId) {
    return users
        .findById(userId)
        .map(UserProfile::of)
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }

  private Optional<User> findByAccount(String account) {
    Optional<User> byName = users.findByUsername(account);
    if (byName.isPresent()) {
      return byName;
    }
    if (account.contains("@")) {
      return users.findByEmail(account.toLowerCase(Locale.ROOT));
    }
    try {
      PhoneNumber phone = PhoneNumber.parse(account, null, settings.defaultRegion());
      return users.findByPhone(phone.e164());
    } catch (InvalidInputException notAPhoneNumber) {
      return Optional.empty();
    }
  }

  private static String checkUsername(String username) {
    if (username == null || username.isBlank()) {
      throw InvalidInputException.required("username");
    }
    String trimmed = username.strip();
    if (!USERNAME.matcher(trimmed).matches()) {
      throw new InvalidInputException(ErrorKind.USERNAME_INVALID, "username");
    }
    return trimmed;
  }

  private static String checkEmail(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String trimmed = email.strip().toLowerCase(Locale.ROOT);
    if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidInputException(ErrorKind.EMAIL_INVALID, "email");
    }
    return trimmed;
  }

  private void checkPassword(String password) {
    if (password == null || password.isEmpty()) {
      throw InvalidInputException.required("password");
    }
    if (password.length() < settings.passwordMinLength()) {
      throw new InvalidInputException(ErrorKind.PASSWORD_TOO_SHORT, "password");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      throw InvalidInputException.invalid("password");
    }
  }
}
