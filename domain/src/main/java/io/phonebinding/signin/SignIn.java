package io.phonebinding.signin;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.abuse.SignUpLimiter;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.account.AccountConflictException;
import io.phonebinding.account.AccountService;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.PasswordHasher;
import io.phonebinding.account.SignInIdentifier;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.User;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import io.phonebinding.session.GrantRefusedException;
import io.phonebinding.session.IssuedTokens;
import io.phonebinding.session.SignInMethod;
import io.phonebinding.session.SignInSessions;
import io.phonebinding.session.TokenRequest;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one way in: with a password, with a code sent to the phone, with a refresh token; and the
 * changes that prove a credential on the way (a code sign-up, a password change). Every guess runs
 * under the sign-in limits ({@link SignInGuard}): failures are counted per account, whichever
 * identifier named it (per identifier or phone where no account has it), and per client network,
 * and a right guess is never refused for checks still in flight. Hashes run outside any
 * transaction; each sign-in's writes (its audit row, its session) commit together.
 */
@ApplicationScoped
public class SignIn {

  @Inject SignInGuard guard;

  @Inject SignUpLimiter signUps;

  @Inject PasswordHasher passwords;

  @Inject PasswordCheck passwordCheck;

  @Inject PasswordChange passwordChange;

  @Inject CodeProof codeProof;

  @Inject TokenGrants tokenGrants;

  @Inject AccountService accounts;

  @Inject UserRepository users;

  @Inject SignInSessions sessions;

  @Inject AuditTrail audit;

  @Inject AccountSettings settings;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Signs in with a password. Past either cap of failures the attempt is refused before any
   * password is hashed; while the hashes' queue is full, before it counts anything.
   *
   * @throws AuthenticationException with {@link ErrorKind#CREDENTIALS_INVALID} when no account
   *     matches or the password is wrong (the two are not told apart)
   * @throws TooManyRequestsException when the account, the identifier or the IP failed too often
   *     recently, or when the password checks are busy
   */
  public IssuedTokens withPassword(
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
            () -> passwordCheck.accountOf(account, password),
            PasswordCheck::isWrongPassword);
    return transactions.call(
        () -> {
          audit.success(user.id(), AuditAction.SIGN_IN_BY_PASSWORD, null, origin);
          return sessions.open(user, SignInMethod.PASSWORD, request, clock.instant());
        });
  }

  /**
   * Signs in with a code sent on {@code CHANNEL_LOGIN}; an unknown phone gets an account of its own
   * when the client asks and the server allows it (it counts as a sign-up then).
   *
   * @throws CodeRejectedException when the code is refused (it counts as a failed sign-in)
   * @throws AuthenticationException with {@code USER_NOT_FOUND} when no account has the phone and
   *     none is to be made (the code is not spent then)
   * @throws TooManyRequestsException after too many failures, or when an account is to be made and
   *     the client made too many this hour
   */
  public IssuedTokens withCode(
      PhoneNumber phone,
      String passCode,
      boolean autoRegister,
      TokenRequest request,
      RequestOrigin origin) {
    requireCode(passCode);
    String lockoutKey =
        users
            .findByPhone(phone)
            .map(User::lockoutKey)
            .orElse(SignInIdentifier.of(phone).lockoutKey());
    boolean register = autoRegister && settings.autoRegisterByCode();
    return guard.check(
        lockoutKey,
        origin.clientIp(),
        () ->
            transactions.call(
                () -> {
                  User user = codeProof.accountSigningIn(phone, passCode, register, origin);
                  return sessions.open(user, SignInMethod.PHONE_CODE, request, clock.instant());
                }),
        refused -> refused instanceof CodeRejectedException);
  }

  /**
   * Makes an account whose only way in is the phone, with a code sent on {@code CHANNEL_REGISTER};
   * counted against the client's hourly sign-ups. The profile may name a username and an e-mail.
   *
   * @throws CodeRejectedException when the code is refused
   * @throws AccountConflictException with {@code ACCOUNT_EXISTS} when an account has the phone or
   *     the e-mail, {@code USERNAME_TAKEN} when one has the username (the code is not spent then)
   */
  public UserProfile signUpWithCode(
      PhoneNumber phone, String passCode, SignUpProfile profile, RequestOrigin origin) {
    requireCode(passCode);
    signUps.admit(origin.clientIp(), clock.instant());
    return transactions.call(
        () -> UserProfile.of(codeProof.newAccount(phone, passCode, profile, origin)));
  }

  /**
   * Makes the account as {@link #signUpWithCode} does and signs it in at once, as the page does
   * after its user proved the phone.
   */
  public IssuedTokens signUpWithCodeAndSignIn(
      PhoneNumber phone, String passCode, RequestOrigin origin) {
    requireCode(passCode);
    signUps.admit(origin.clientIp(), clock.instant());
    return transactions.call(
        () -> {
          User user = codeProof.newAccount(phone, passCode, SignUpProfile.NONE, origin);
          return sessions.open(user, SignInMethod.PHONE_CODE, TokenRequest.NONE, clock.instant());
        });
  }

  /**
   * A new access, id and refresh token for a refresh token, which is spent; a spent one presented
   * again ends its session.
   *
   * @throws GrantRefusedException {@code INVALID_CLIENT} when apps are listed and the client is not
   *     one with its secret; {@code INVALID_GRANT} for a refresh token that does not work
   */
  public IssuedTokens refresh(
      String refreshToken, String clientId, String clientSecret, RequestOrigin origin) {
    return transactions.call(
        () -> tokenGrants.refresh(refreshToken, clientId, clientSecret, origin));
  }

  /**
   * Ends the sign-in session of an access or refresh token. Whatever the token, the client learns
   * nothing about it (RFC 7009 section 2.2).
   *
   * @throws GrantRefusedException {@code INVALID_CLIENT} when apps are listed and the client is not
   *     one with its secret
   */
  public void revoke(String token, String clientId, String clientSecret, RequestOrigin origin) {
    transactions.run(() -> tokenGrants.revoke(token, clientId, clientSecret, origin));
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
  public void changePassword(
      Authenticated caller, String oldPassword, String newPassword, RequestOrigin origin) {
    User user =
        users
            .findById(caller.userId())
            .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
    if (!user.hasPassword()) {
      setFirstPassword(caller, newPassword, origin);
      return;
    }
    if (oldPassword == null || oldPassword.isEmpty()) {
      throw InvalidInputException.required(Input.OLD_PASSWORD);
    }
    accounts.checkNewPassword(newPassword, Input.NEW_PASSWORD);
    passwords.refuseIfQueueFull();
    String newHash =
        guard.check(
            user.lockoutKey(),
            origin.clientIp(),
            () -> {
              passwordCheck.accountOf(Optional.of(user), oldPassword);
              return passwords.hash(newPassword);
            },
            PasswordCheck::isWrongPassword);
    transactions.run(() -> passwordChange.store(caller, newHash, origin));
  }

  private void setFirstPassword(Authenticated caller, String newPassword, RequestOrigin origin) {
    accounts.checkNewPassword(newPassword, Input.NEW_PASSWORD);
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
    passwords.refuseIfQueueFull();
    String hash = passwords.hash(newPassword);
    transactions.run(() -> passwordChange.storeFirst(caller, hash, origin));
  }

  private Optional<User> findBy(SignInIdentifier identifier) {
    return switch (identifier.kind()) {
      case USERNAME -> users.findByUsernameKey(identifier.canonical());
      case EMAIL -> users.findByEmail(identifier.canonical());
      case PHONE -> users.findByPhone(PhoneNumber.ofStored(identifier.canonical()));
    };
  }

  private static void requireCode(String passCode) {
    if (passCode == null || passCode.isBlank()) {
      throw InvalidInputException.required(Input.CODE);
    }
  }
}
