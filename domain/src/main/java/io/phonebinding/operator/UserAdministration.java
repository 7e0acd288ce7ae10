package io.phonebinding.operator;

import io.phonebinding.account.AccountConflictException;
import io.phonebinding.account.AccountStatus;
import io.phonebinding.account.ProfileEdits;
import io.phonebinding.account.User;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserRepository;
import io.phonebinding.account.Usernames;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.TestNumbers;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.SignInSessions;
import io.phonebinding.sms.SmsSender;
import io.phonebinding.sms.SmsTemplates;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What an operator does to a user: each change is one unit of work with its audit rows, which name
 * the access key and the reason given. A number given or taken away follows the user's own rules:
 * one owner per number, the number that loses the binding is told by SMS, the user's sessions end.
 */
@ApplicationScoped
public class UserAdministration {

  @Inject UserRepository users;

  @Inject ProfileEdits edits;

  @Inject SignInSessions sessions;

  @Inject AuditTrail audit;

  @Inject TestNumbers testNumbers;

  @Inject SmsSender sms;

  @Inject SmsTemplates templates;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /** How an operator names the user: Authing's {@code userIdType}. */
  public enum UserIdType {
    USER_ID,
    PHONE,
    EMAIL,
    USERNAME
  }

  /** The user an operator names, if any. */
  public Optional<UserProfile> find(UserIdType type, String id, String defaultRegion) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    String value = id.strip();
    Optional<User> user =
        switch (type) {
          case USER_ID -> users.findById(value);
          case EMAIL -> users.findByEmail(value.toLowerCase(Locale.ROOT));
          case USERNAME -> users.findByUsernameKey(Usernames.key(value));
          case PHONE -> users.findByPhone(PhoneNumber.parse(value, null, defaultRegion));
        };
    return user.map(UserProfile::of);
  }

  /**
   * Applies the changes, each audited.
   *
   * @throws OperatorRefusedException with {@code USER_NOT_FOUND} when there is no such user
   * @throws AccountConflictException with {@code PHONE_ALREADY_BOUND} when another account has the
   *     number (free it there first), {@code USERNAME_TAKEN} or {@code ACCOUNT_EXISTS} for a taken
   *     username or e-mail
   */
  public UserProfile update(
      Operator operator, String userId, UserChanges changes, String reason, RequestOrigin origin) {
    operator.requireWrite();
    return transactions.call(
        () -> {
          User user = users.lockById(userId).orElseThrow(UserAdministration::noSuchUser);
          Instant now = clock.instant();
          Act act = new Act(user, operator, reason, origin);
          changes.username().ifPresent(name -> renamed(act, name, now));
          changes.email().ifPresent(email -> emailChanged(act, email, now));
          if (changes.freePhone()) {
            freePhone(act, now);
          }
          changes.phone().ifPresent(phone -> givePhone(act, phone, now));
          changes
              .phoneVerified()
              .filter(verified -> user.hasPhone() && verified != user.isPhoneVerified())
              .ifPresent(verified -> markVerified(act, verified, now));
          changes
              .status()
              .filter(status -> status != user.status())
              .ifPresent(status -> statusChanged(act, status, now));
          return UserProfile.of(user);
        });
  }

  /**
   * Ends the user's sessions in the given apps, or all of them.
   *
   * @throws OperatorRefusedException with {@code USER_NOT_FOUND} when there is no such user
   */
  public void kick(
      Operator operator,
      String userId,
      Collection<String> appIds,
      String reason,
      RequestOrigin origin) {
    operator.requireWrite();
    transactions.run(
        () -> {
          if (!sessions.endIn(userId, appIds)) {
            throw noSuchUser();
          }
          audit.byOperator(
              userId, AuditAction.OPERATOR_KICK, null, origin, operator.name(), reason);
        });
  }

  private static OperatorRefusedException noSuchUser() {
    return new OperatorRefusedException(ErrorKind.USER_NOT_FOUND);
  }

  private void renamed(Act act, String username, Instant now) {
    edits.rename(act.user(), username, now);
    record(act, AuditAction.OPERATOR_UPDATE_PROFILE, null);
  }

  private void emailChanged(Act act, String email, Instant now) {
    edits.changeEmail(act.user(), email, now);
    record(act, AuditAction.OPERATOR_UPDATE_PROFILE, null);
  }

  private void freePhone(Act act, Instant now) {
    User user = act.user();
    PhoneNumber freed = user.phone().orElse(null);
    user.freePhone(now);
    notifyRemoved(freed, user, now, act.origin());
    record(act, AuditAction.OPERATOR_FREE_PHONE, freed.masked());
  }

  private void givePhone(Act act, PhoneNumber phone, Instant now) {
    User user = act.user();
    Optional<PhoneNumber> before = user.phone();
    if (before.isPresent() && before.get().equals(phone)) {
      return;
    }
    users
        .findByPhone(phone)
        .filter(other -> !other.id().equals(user.id()))
        .ifPresent(
            other -> {
              throw new AccountConflictException(ErrorKind.PHONE_ALREADY_BOUND);
            });
    user.assignPhone(phone, true, now);
    try {
      users.flush();
    } catch (PersistenceException anotherAccountTookIt) {
      throw new AccountConflictException(ErrorKind.PHONE_ALREADY_BOUND);
    }
    before.ifPresent(old -> notifyRemoved(old, user, now, act.origin()));
    record(act, AuditAction.OPERATOR_SET_PHONE, phone.masked());
  }

  private void markVerified(Act act, boolean verified, Instant now) {
    act.user().markPhoneVerified(verified, now);
    record(
        act,
        AuditAction.OPERATOR_MARK_PHONE_VERIFIED,
        act.user().phone().map(PhoneNumber::masked).orElse(null));
  }

  private void statusChanged(Act act, AccountStatus status, Instant now) {
    act.user().setStatus(status, now);
    record(
        act,
        status == AccountStatus.SUSPENDED
            ? AuditAction.OPERATOR_SUSPEND
            : AuditAction.OPERATOR_ACTIVATE,
        null);
  }

  private void notifyRemoved(PhoneNumber removed, User user, Instant now, RequestOrigin origin) {
    if (!testNumbers.isTestNumber(removed)) {
      sms.send(templates.removalNotice(removed, user.accountName(), now, origin.locale()));
    }
  }

  private void record(Act act, AuditAction action, String phoneMasked) {
    audit.byOperator(
        act.user().id(), action, phoneMasked, act.origin(), act.operator().name(), act.reason());
  }

  /** One operator's change of one user, which each step audits. */
  private record Act(User user, Operator operator, String reason, RequestOrigin origin) {}
}
