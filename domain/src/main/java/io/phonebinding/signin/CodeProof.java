package io.phonebinding.signin;

import io.phonebinding.abuse.SignUpLimiter;
import io.phonebinding.account.AccountConflictException;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.NewAccounts;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.VerificationCode;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What a code sent to a phone proves, inside the caller's transaction: the account of the phone
 * (made for it when asked), or a new account with the phone. Whether an account has the phone is
 * told only after the code proved the caller owns it.
 */
@Dependent
class CodeProof {

  @Inject VerificationCodeService codes;

  @Inject UserRepository users;

  @Inject NewAccounts newAccounts;

  @Inject SignUpLimiter signUps;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /**
   * @throws CodeRejectedException when the code is refused
   * @throws AuthenticationException with {@code USER_NOT_FOUND} when no account has the phone and
   *     none is to be made, {@code PHONE_UNDER_CLAIM} while the number's new holder claims it (the
   *     code is not spent then)
   */
  User accountSigningIn(
      PhoneNumber phone, String passCode, boolean autoRegister, RequestOrigin origin) {
    VerificationCode code =
        codes.check(phone, SmsChannel.CHANNEL_LOGIN, passCode, Input.CODE, null);
    Optional<User> existing = users.findByPhone(phone);
    if (existing.isEmpty() && !autoRegister) {
      throw new AuthenticationException(ErrorKind.USER_NOT_FOUND);
    }
    existing.ifPresent(User::checkPhoneSignsIn);
    Instant now = clock.instant();
    if (existing.isEmpty()) {
      // An account made by a code sign-in is a sign-up, on the client's hourly cap of them.
      signUps.admit(origin.clientIp(), now);
    }
    codes.spend(code, now);
    // The proof is written to the account under its row lock, as every change of it is.
    existing
        .flatMap(holder -> users.lockById(holder.id()))
        .ifPresent(holder -> holder.phoneProven(now));
    User user =
        existing.orElseGet(() -> newAccounts.createWithPhone(phone, SignUpProfile.NONE, now));
    audit.success(user.id(), AuditAction.SIGN_IN_BY_CODE, phone.masked(), origin);
    return user;
  }

  /**
   * @throws CodeRejectedException when the code is refused
   * @throws AccountConflictException with {@code ACCOUNT_EXISTS} when an account has the phone or
   *     the e-mail, {@code USERNAME_TAKEN} when one has the username (the code is not spent then)
   */
  User newAccount(PhoneNumber phone, String passCode, SignUpProfile profile, RequestOrigin origin) {
    VerificationCode code =
        codes.check(phone, SmsChannel.CHANNEL_REGISTER, passCode, Input.CODE, null);
    if (users.findByPhone(phone).isPresent()) {
      throw new AccountConflictException(ErrorKind.ACCOUNT_EXISTS);
    }
    Instant now = clock.instant();
    codes.spend(code, now);
    User user = newAccounts.createWithPhone(phone, profile, now);
    audit.success(user.id(), AuditAction.SIGN_UP_BY_CODE, phone.masked(), origin);
    return user;
  }
}
