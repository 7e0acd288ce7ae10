package io.phonebinding.binding;

import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.User;
import io.phonebinding.account.UserAlreadyHasPhoneException;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.claim.PhoneClaim;
import io.phonebinding.claim.PhoneClaimPendingException;
import io.phonebinding.claim.PhoneClaims;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.TestNumbers;
import io.phonebinding.code.VerificationCode;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import io.phonebinding.session.SignInSessions;
import io.phonebinding.sms.SmsSender;
import io.phonebinding.sms.SmsTemplates;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Binding, changing and unbinding a phone: each method is one unit of work that writes its success
 * to the audit trail in the same transaction; its refusals are audited, and capped per account, by
 * {@link AttemptAuditor}. A number that loses its binding gets a notice by SMS, queued in the same
 * transaction too. The rules of the user's own state are the {@link User}'s guards, the same the
 * user's behaviour keeps.
 *
 * <p>Codes: binding spends a code sent on {@code CHANNEL_BIND_PHONE} to the new number; a change
 * spends one on {@code CHANNEL_UNBIND_PHONE} to the old number and one on {@code
 * CHANNEL_BIND_PHONE} to the new; unbinding spends one on {@code CHANNEL_UNBIND_PHONE}. Checks run
 * in an order that leaks nothing: the user's own state first, then the codes (which prove the
 * caller owns the numbers), and only then whether another account has the number. Refused codes
 * still count as tries: these methods commit on {@link CodeRejectedException}.
 */
@ApplicationScoped
public class PhoneBindingService {

  @Inject UserRepository users;

  @Inject VerificationCodeService codes;

  @Inject PhoneChangeRequests changeRequests;

  @Inject SignInSessions sessions;

  @Inject PhoneClaims claims;

  @Inject AuditTrail audit;

  @Inject TestNumbers testNumbers;

  @Inject SmsSender sms;

  @Inject SmsTemplates templates;

  @Inject AccountSettings accountSettings;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Binds a phone to a user who has none. When another account has the number but has not proven it
   * for the dormancy period (the carrier may have given it out again), the binding becomes a claim
   * that takes effect after its delay.
   *
   * @throws UserAlreadyHasPhoneException if the user has a phone (that is a change)
   * @throws CodeRejectedException if the code is wrong, expired, used or dead
   * @throws PhoneAlreadyBoundException if another account has the phone and proved it lately
   * @throws PhoneClaimPendingException when the binding became a claim (it commits)
   */
  @AuditedAttempt(AuditAction.BIND_PHONE)
  public UserProfile bind(String userId, PhoneNumber phone, String passCode, RequestOrigin origin) {
    return transactions.call(
        () -> {
          User user = lockUser(userId);
          user.checkCanBindPhone();
          VerificationCode code =
              codes.check(phone, SmsChannel.CHANNEL_BIND_PHONE, passCode, Input.CODE, userId);
          Optional<User> holder = users.findByPhone(phone);
          Instant now = clock.instant();
          if (holder.isPresent()) {
            PhoneClaim claim =
                claims
                    .claim(user, holder.get().id(), phone, origin)
                    .orElseThrow(PhoneAlreadyBoundException::new);
            codes.spend(code, now);
            throw new PhoneClaimPendingException(claim);
          }
          codes.spend(code, now);
          user.bindPhone(phone, now);
          flushOrPhoneTaken();
          audit.success(userId, AuditAction.BIND_PHONE, phone.masked(), origin);
          return UserProfile.of(user);
        });
  }

  /**
   * Changes the user's phone in one step, as the page does: a code sent to the bound number and one
   * sent to the new number, checked and spent, and the change made, in one transaction.
   *
   * @throws PhoneBindingRuleException if the user has no phone, or the new one is the same
   * @throws CodeRejectedException if either code is refused (neither is spent then)
   * @throws PhoneAlreadyBoundException if another account has the new number
   */
  @AuditedAttempt(AuditAction.CHANGE_PHONE)
  public UserProfile changePhone(
      Authenticated caller,
      String oldPassCode,
      PhoneNumber newPhone,
      String newPassCode,
      RequestOrigin origin) {
    return transactions.call(
        () -> {
          User user = lockUser(caller.userId());
          PhoneNumber oldPhone = user.phone().orElse(null);
          user.checkCanChangePhoneTo(newPhone);
          spendChangeCodes(user, oldPhone, oldPassCode, newPhone, newPassCode);
          makeChange(caller, user, oldPhone, newPhone, origin);
          return UserProfile.of(user);
        });
  }

  /**
   * Checks the codes of a phone change and returns a one-time token to redeem with {@link #change}:
   * Authing's two steps.
   *
   * @throws PhoneBindingRuleException if the user has no phone, or the new one is the same
   * @throws PhoneBindingRuleException with {@code OLD_PHONE_MISMATCH} if the old number is not the
   *     bound one
   * @throws CodeRejectedException if either code is refused (neither is spent then)
   * @throws PhoneAlreadyBoundException if another account has the new number
   */
  @AuditedAttempt(AuditAction.VERIFY_PHONE_CHANGE)
  public PhoneChangeToken verifyChange(
      String userId,
      PhoneNumber oldPhone,
      String oldPassCode,
      PhoneNumber newPhone,
      String newPassCode,
      RequestOrigin origin) {
    return transactions.call(
        () -> {
          User user = lockUser(userId);
          user.checkPhoneIs(oldPhone);
          user.checkCanChangePhoneTo(newPhone);
          spendChangeCodes(user, oldPhone, oldPassCode, newPhone, newPassCode);
          audit.success(userId, AuditAction.VERIFY_PHONE_CHANGE, newPhone.masked(), origin);
          return changeRequests.open(
              user, oldPhone, newPhone, clock.instant(), accountSettings.updateTokenTimeToLive());
        });
  }

  /**
   * Redeems a change token: the user's phone becomes the verified new number, and the old number
   * gets a notice. Every other session of the user ends, and every grant; the caller's session goes
   * on.
   *
   * @throws PhoneBindingRuleException with {@code UPDATE_TOKEN_INVALID} for an unknown, expired,
   *     used or foreign token, or one whose old number is no longer the bound one
   * @throws PhoneAlreadyBoundException if another account took the new number meanwhile
   */
  @AuditedAttempt(AuditAction.CHANGE_PHONE)
  public UserProfile change(Authenticated caller, String updateToken, RequestOrigin origin) {
    return transactions.call(
        () -> {
          User user = lockUser(caller.userId());
          PhoneChangeRequest request = changeRequests.find(updateToken);
          request.redeemFor(user, clock.instant());
          // Another account may have taken the number since its codes were checked.
          requireFree(request.newPhone());
          makeChange(caller, user, request.oldPhone(), request.newPhone(), origin);
          return UserProfile.of(user);
        });
  }

  /**
   * Removes the user's phone with a code sent to it on {@code CHANNEL_UNBIND_PHONE}; the number
   * gets a notice. Every other session of the user ends, and every grant; the caller's session goes
   * on.
   *
   * @throws PhoneBindingRuleException if the user has no phone, or it is the only way to sign in
   * @throws CodeRejectedException if the code is refused
   */
  @AuditedAttempt(AuditAction.UNBIND_PHONE)
  public UserProfile unbind(Authenticated caller, String passCode, RequestOrigin origin) {
    return transactions.call(
        () -> {
          String userId = caller.userId();
          User user = lockUser(userId);
          user.checkCanUnbindPhone();
          PhoneNumber phone = user.phone().orElseThrow();
          codes.consume(phone, SmsChannel.CHANNEL_UNBIND_PHONE, passCode, Input.CODE, userId);
          Instant now = clock.instant();
          int generation = user.tokenGeneration();
          user.unbindPhone(now);
          sessions.keepThroughChange(caller.sessionId(), user, generation);
          notifyRemoved(phone, user, now, origin);
          audit.success(userId, AuditAction.UNBIND_PHONE, phone.masked(), origin);
          return UserProfile.of(user);
        });
  }

  /**
   * The signed-in user proves their bound number with a code sent to it on {@code
   * CHANNEL_IDENTITY_VERIFICATION}: a claim of the number's new holder on it ends.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND}
   * @throws CodeRejectedException if the code is refused
   */
  @AuditedAttempt(AuditAction.CONFIRM_PHONE)
  public UserProfile confirm(Authenticated caller, String passCode, RequestOrigin origin) {
    return transactions.call(
        () -> {
          User user = lockUser(caller.userId());
          PhoneNumber phone =
              user.phone()
                  .orElseThrow(() -> new PhoneBindingRuleException(ErrorKind.NO_PHONE_BOUND));
          codes.consume(
              phone, SmsChannel.CHANNEL_IDENTITY_VERIFICATION, passCode, Input.CODE, user.id());
          user.phoneProven(clock.instant());
          claims.holderProved(user, origin);
          audit.success(user.id(), AuditAction.CONFIRM_PHONE, phone.masked(), origin);
          return UserProfile.of(user);
        });
  }

  /** The two codes of a change, both checked before either is spent. */
  private void spendChangeCodes(
      User user,
      PhoneNumber oldPhone,
      String oldPassCode,
      PhoneNumber newPhone,
      String newPassCode) {
    VerificationCode oldCode =
        codes.check(
            oldPhone,
            SmsChannel.CHANNEL_UNBIND_PHONE,
            oldPassCode,
            Input.OLD_PHONE_CODE,
            user.id());
    VerificationCode newCode =
        codes.check(
            newPhone, SmsChannel.CHANNEL_BIND_PHONE, newPassCode, Input.NEW_PHONE_CODE, user.id());
    requireFree(newPhone);
    Instant now = clock.instant();
    codes.spend(oldCode, now);
    codes.spend(newCode, now);
  }

  private void makeChange(
      Authenticated caller,
      User user,
      PhoneNumber oldPhone,
      PhoneNumber newPhone,
      RequestOrigin origin) {
    Instant now = clock.instant();
    int generation = user.tokenGeneration();
    user.changePhone(newPhone, now);
    flushOrPhoneTaken();
    sessions.keepThroughChange(caller.sessionId(), user, generation);
    notifyRemoved(oldPhone, user, now, origin);
    audit.success(user.id(), AuditAction.CHANGE_PHONE, newPhone.masked(), origin);
  }

  private User lockUser(String userId) {
    return users
        .lockById(userId)
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }

  private void requireFree(PhoneNumber phone) {
    if (users.findByPhone(phone).isPresent()) {
      throw new PhoneAlreadyBoundException();
    }
  }

  private void flushOrPhoneTaken() {
    try {
      users.flush();
    } catch (PersistenceException lostRaceForThePhone) {
      throw new PhoneAlreadyBoundException();
    }
  }

  private void notifyRemoved(PhoneNumber removed, User user, Instant now, RequestOrigin origin) {
    if (testNumbers.isTestNumber(removed)) {
      return;
    }
    sms.send(templates.removalNotice(removed, user.accountName(), now, origin.locale()));
  }
}
