package io.phonebinding.reset;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.account.AccountService;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.OneTimeGrant;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.TestNumbers;
import io.phonebinding.code.VerificationCode;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.sms.SmsSender;
import io.phonebinding.sms.SmsTemplates;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * "Forgot password" by SMS: a code sent on {@code CHANNEL_RESET_PASSWORD} proves the phone and
 * gives a one-time token; the token sets a new password, which ends every earlier token, session
 * and grant of the user and sends the phone a notice.
 */
@ApplicationScoped
public class PasswordResets {

  @PersistenceContext EntityManager entityManager;

  @Inject VerificationCodeService codes;

  @Inject SignInGuard guard;

  @Inject UserRepository users;

  @Inject AccountService accounts;

  @Inject AccountSettings settings;

  @Inject AuditTrail audit;

  @Inject SmsSender sms;

  @Inject SmsTemplates templates;

  @Inject TestNumbers testNumbers;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Checks a reset code and gives the token that sets the new password. Wrong codes are capped per
   * phone and per client network like sign-in failures. Whether an account has the phone is told
   * only after the code proved the caller owns it.
   *
   * @throws CodeRejectedException when the code is refused
   * @throws io.phonebinding.abuse.TooManyRequestsException after too many wrong codes
   * @throws AuthenticationException with {@code USER_NOT_FOUND} when no account has the phone (the
   *     code is not spent then)
   */
  public ResetGrant verify(PhoneNumber phone, String passCode, RequestOrigin origin) {
    if (passCode == null || passCode.isBlank()) {
      throw InvalidInputException.required(Input.CODE);
    }
    return guard.check(
        "reset:" + phone.e164(),
        origin.clientIp(),
        () -> transactions.call(() -> grant(phone, passCode, origin)),
        refused -> refused instanceof CodeRejectedException);
  }

  private ResetGrant grant(PhoneNumber phone, String passCode, RequestOrigin origin) {
    VerificationCode code =
        codes.check(phone, SmsChannel.CHANNEL_RESET_PASSWORD, passCode, Input.CODE, null);
    User user =
        users
            .findByPhone(phone)
            .flatMap(holder -> users.lockById(holder.id()))
            .orElseThrow(() -> new AuthenticationException(ErrorKind.USER_NOT_FOUND));
    user.checkPhoneSignsIn();
    user.checkCredentialsMayChange();
    Instant now = clock.instant();
    codes.spend(code, now);
    user.phoneProven(now);
    Duration lifetime = settings.passwordResetTimeToLive();
    String token = OneTimeTokens.newToken();
    entityManager.persist(
        new PasswordReset(
            OneTimeTokens.hash(token), OneTimeGrant.proven(user, phone, now, lifetime)));
    audit.success(user.id(), AuditAction.VERIFY_PASSWORD_RESET, phone.masked(), origin);
    return new ResetGrant(token, lifetime);
  }

  /**
   * Sets the new password with a reset token, once. The token is looked at before the password is
   * hashed, so made-up tokens cost no hashing.
   *
   * @throws InvalidInputException with {@code RESET_TOKEN_INVALID} for an unknown, used or expired
   *     token, one whose phone is no longer the user's or that a later change of the user's ended,
   *     or for a new password that breaks the rules
   */
  public void reset(String token, String newPassword, RequestOrigin origin) {
    if (token == null || token.isBlank()) {
      throw InvalidInputException.required(Input.PASSWORD_RESET_TOKEN);
    }
    String tokenHash = OneTimeTokens.hash(token.strip());
    PasswordReset unlocked = entityManager.find(PasswordReset.class, tokenHash);
    if (unlocked == null || !unlocked.grant().isOpenAt(clock.instant())) {
      throw invalidToken();
    }
    String passwordHash = accounts.hashNewPassword(newPassword, Input.PASSWORD);
    transactions.run(() -> redeem(tokenHash, passwordHash, origin));
  }

  private void redeem(String tokenHash, String passwordHash, RequestOrigin origin) {
    Instant now = clock.instant();
    PasswordReset reset =
        entityManager.find(PasswordReset.class, tokenHash, LockModeType.PESSIMISTIC_WRITE);
    if (reset == null) {
      throw invalidToken();
    }
    User user = users.lockById(reset.grant().userId()).orElseThrow(PasswordResets::invalidToken);
    if (!reset.grant().redeemFor(user, now)) {
      throw invalidToken();
    }
    user.changePassword(passwordHash, now);
    user.phone()
        .filter(phone -> !testNumbers.isTestNumber(phone))
        .ifPresent(
            phone ->
                sms.send(
                    templates.passwordResetNotice(
                        phone, user.accountName(), now, origin.locale())));
    audit.success(
        user.id(),
        AuditAction.RESET_PASSWORD,
        user.phone().map(PhoneNumber::masked).orElse(null),
        origin);
  }

  private static InvalidInputException invalidToken() {
    return new InvalidInputException(ErrorKind.RESET_TOKEN_INVALID, Input.PASSWORD_RESET_TOKEN);
  }
}
