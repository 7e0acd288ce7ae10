package io.phonebinding.passcode;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.abuse.SignUpLimiter;
import io.phonebinding.account.AccountConflictException;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.IssuedTokens;
import io.phonebinding.account.NewAccounts;
import io.phonebinding.account.SignInIdentifier;
import io.phonebinding.account.SignInMethod;
import io.phonebinding.account.SignInSessions;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.TokenRequest;
import io.phonebinding.account.User;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.VerificationCode;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in and signing up with a phone and a code sent to it, on the same code rules, limits and
 * audit trail as binding. A code sign-in counts failures exactly as a password sign-in does (one
 * counter per account, or per phone where no account has it, and one per client network); an
 * account it makes counts as a sign-up. Whether an account has the phone is told only after the
 * code proved the caller owns it.
 */
@ApplicationScoped
public class PhoneCodeAccounts {

  @Inject SignInGuard guard;

  @Inject SignUpLimiter signUps;

  @Inject VerificationCodeService codes;

  @Inject UserRepository users;

  @Inject NewAccounts newAccounts;

  @Inject SignInSessions sessions;

  @Inject AuditTrail audit;

  @Inject AccountSettings settings;

  @Inject PhoneCodeAccounts self;

  @Inject Clock clock;

  /**
   * Signs in with a code sent on {@code CHANNEL_LOGIN}; an unknown phone gets an account of its own
   * when the client asks and the server allows it.
   *
   * @throws CodeRejectedException when the code is refused (it counts as a failed sign-in)
   * @throws AuthenticationException with {@code USER_NOT_FOUND} when no account has the phone and
   *     none is to be made (the code is not spent then)
   * @throws io.phonebinding.abuse.TooManyRequestsException after too many failures, or when an
   *     account is to be made and the client made too many this hour
   */
  public IssuedTokens signIn(
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
    return guard.check(
        lockoutKey,
        origin.clientIp(),
        () ->
            self.signInWithCode(
                phone, passCode, autoRegister && settings.autoRegisterByCode(), request, origin),
        refused -> refused instanceof CodeRejectedException);
  }

  @Transactional(dontRollbackOn = CodeRejectedException.class)
  public IssuedTokens signInWithCode(
      PhoneNumber phone,
      String passCode,
      boolean autoRegister,
      TokenRequest request,
      RequestOrigin origin) {
    VerificationCode code =
        codes.check(phone, SmsChannel.CHANNEL_LOGIN, passCode, Input.CODE, null);
    Optional<User> existing = users.findByPhone(phone);
    if (existing.isEmpty() && !autoRegister) {
      throw new AuthenticationException(ErrorKind.USER_NOT_FOUND);
    }
    Instant now = clock.instant();
    if (existing.isEmpty()) {
      // An account made by a code sign-in is a sign-up, on the client's hourly cap of them.
      signUps.admit(origin.clientIp(), now);
    }
    code.consume(now);
    User user =
        existing.orElseGet(() -> newAccounts.createWithPhone(phone, SignUpProfile.NONE, now));
    audit.success(user.id(), AuditAction.SIGN_IN_BY_CODE, phone.masked(), origin);
    return sessions.open(user, SignInMethod.PHONE_CODE, request, now);
  }

  /**
   * Makes an account whose only way in is the phone, with a code sent on {@code CHANNEL_REGISTER};
   * counted against the client's hourly sign-ups. The profile may name a username and an e-mail.
   *
   * @throws CodeRejectedException when the code is refused
   * @throws AccountConflictException with {@code ACCOUNT_EXISTS} when an account has the phone or
   *     the e-mail, {@code USERNAME_TAKEN} when one has the username (the code is not spent then)
   */
  public UserProfile signUp(
      PhoneNumber phone, String passCode, SignUpProfile profile, RequestOrigin origin) {
    requireCode(passCode);
    signUps.admit(origin.clientIp(), clock.instant());
    return UserProfile.of(self.signUpWithCode(phone, passCode, profile, origin));
  }

  /**
   * Makes the account as {@link #signUp} does and signs it in at once, as the page does after its
   * user proved the phone.
   */
  public IssuedTokens signUpAndSignIn(PhoneNumber phone, String passCode, RequestOrigin origin) {
    requireCode(passCode);
    signUps.admit(origin.clientIp(), clock.instant());
    User user = self.signUpWithCode(phone, passCode, SignUpProfile.NONE, origin);
    return sessions.open(user, SignInMethod.PHONE_CODE, TokenRequest.NONE, clock.instant());
  }

  @Transactional(dontRollbackOn = CodeRejectedException.class)
  public User signUpWithCode(
      PhoneNumber phone, String passCode, SignUpProfile profile, RequestOrigin origin) {
    VerificationCode code =
        codes.check(phone, SmsChannel.CHANNEL_REGISTER, passCode, Input.CODE, null);
    if (users.findByPhone(phone).isPresent()) {
      throw new AccountConflictException(ErrorKind.ACCOUNT_EXISTS);
    }
    Instant now = clock.instant();
    code.consume(now);
    User user = newAccounts.createWithPhone(phone, profile, now);
    audit.success(user.id(), AuditAction.SIGN_UP_BY_CODE, phone.masked(), origin);
    return user;
  }

  private static void requireCode(String passCode) {
    if (passCode == null || passCode.isBlank()) {
      throw InvalidInputException.required(Input.CODE);
    }
  }
}
