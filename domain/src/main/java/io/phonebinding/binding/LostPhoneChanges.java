package io.phonebinding.binding;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.account.PasswordHasher;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.EmailCodeService;
import io.phonebinding.code.VerificationCode;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.mail.EmailChannel;
import io.phonebinding.mail.MailSender;
import io.phonebinding.mail.MailTemplates;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A change of number for a signed-in user who no longer has the old phone: the new number's code
 * (on {@code CHANNEL_BIND_PHONE}), the password and, when the account has a verified e-mail, a code
 * to it (on {@code CHANNEL_VERIFY_MFA}). It waits for its delay, during which the old number gets
 * an SMS and the e-mail a message, each with a single-use link that cancels it; one per account,
 * and the e-mail and the password stay as they are meanwhile. A cancel ends the session the request
 * came from.
 */
@ApplicationScoped
public class LostPhoneChanges {

  /** The page a cancel link opens. */
  public static final String CANCEL_PAGE = "/cancel-change.xhtml";

  @PersistenceContext EntityManager entityManager;

  @Inject UserRepository users;

  @Inject VerificationCodeService codes;

  @Inject EmailCodeService emailCodes;

  @Inject PasswordHasher passwords;

  @Inject SignInGuard guard;

  @Inject SignInSessions sessions;

  @Inject AuditTrail audit;

  @Inject SmsSender sms;

  @Inject SmsTemplates smsTemplates;

  @Inject MailSender mail;

  @Inject MailTemplates mailTemplates;

  @Inject BindingSettings settings;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Requests the change; the password is checked first, under the sign-in limits.
   *
   * @throws AuthenticationException with {@code CREDENTIALS_INVALID} for a wrong password
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} or {@code SAME_PHONE}
   * @throws io.phonebinding.account.AccountRuleException with {@code PHONE_CHANGE_PENDING} when one
   *     waits already
   * @throws CodeRejectedException if a code is refused
   * @throws PhoneAlreadyBoundException if another account has the new number
   */
  public PendingPhoneChange request(
      Authenticated caller,
      PhoneNumber newPhone,
      String newPassCode,
      String password,
      String emailPassCode,
      RequestOrigin origin) {
    if (password == null || password.isEmpty()) {
      throw InvalidInputException.required(Input.PASSWORD);
    }
    User unlocked =
        users
            .findById(caller.userId())
            .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
    unlocked.checkCredentialsMayChange();
    passwords.refuseIfQueueFull();
    guard.check(
        unlocked.lockoutKey(),
        origin.clientIp(),
        () -> {
          if (!passwordOf(unlocked, password)) {
            throw new AuthenticationException(ErrorKind.CREDENTIALS_INVALID);
          }
          return null;
        },
        refused -> refused.kind() == ErrorKind.CREDENTIALS_INVALID);
    return transactions.call(() -> open(caller, newPhone, newPassCode, emailPassCode, origin));
  }

  private boolean passwordOf(User user, String password) {
    if (password.length() > InputLengths.PASSWORD || !user.hasPassword()) {
      passwords.verifyDecoy(password);
      return false;
    }
    return passwords.isPasswordOf(user, password);
  }

  private PendingPhoneChange open(
      Authenticated caller,
      PhoneNumber newPhone,
      String newPassCode,
      String emailPassCode,
      RequestOrigin origin) {
    User user = lock(caller.userId());
    user.checkCredentialsMayChange();
    user.checkCanChangePhoneTo(newPhone);
    PhoneNumber oldPhone = user.phone().orElseThrow();
    VerificationCode newCode =
        codes.check(
            newPhone, SmsChannel.CHANNEL_BIND_PHONE, newPassCode, Input.NEW_PHONE_CODE, user.id());
    Optional<String> email = user.verifiedEmail();
    if (email.isPresent()) {
      emailCodes.consume(
          email.get(), EmailChannel.CHANNEL_VERIFY_MFA, emailPassCode, Input.EMAIL_CODE, user.id());
    }
    if (users.findByPhone(newPhone).isPresent()) {
      throw new PhoneAlreadyBoundException();
    }
    Instant now = clock.instant();
    codes.spend(newCode, now);
    String smsToken = OneTimeTokens.newToken();
    Optional<String> mailToken = email.map(address -> OneTimeTokens.newToken());
    PendingPhoneChange change =
        new PendingPhoneChange(
            user.id(),
            oldPhone,
            newPhone,
            caller.sessionId(),
            OneTimeTokens.hash(smsToken),
            mailToken.map(OneTimeTokens::hash).orElse(null),
            now,
            now.plus(settings.lostPhoneDelay(email.isPresent())));
    entityManager.persist(change);
    user.phoneChangePending(true);
    sms.send(
        smsTemplates.changePendingNotice(
            oldPhone,
            user.accountName(),
            change.effectiveAt(),
            mailTemplates.link(CANCEL_PAGE, smsToken),
            origin.locale()));
    email.ifPresent(
        address ->
            mail.send(
                mailTemplates.pendingChangeNotice(
                    address,
                    user.accountName(),
                    newPhone.masked(),
                    change.effectiveAt(),
                    mailTemplates.link(CANCEL_PAGE, mailToken.orElseThrow()),
                    origin.locale())));
    audit.success(
        user.id(), AuditAction.REQUEST_PHONE_CHANGE_WITHOUT_OLD_PHONE, newPhone.masked(), origin);
    return change;
  }

  /**
   * Cancels a change through a link of its messages: the change ends and so does the session it was
   * requested from.
   *
   * @throws InvalidInputException with {@code LINK_INVALID} for an unknown or spent link, or a
   *     change that ended
   */
  public void cancel(String token, RequestOrigin origin) {
    transactions.run(
        () -> {
          PendingPhoneChange change = byCancelToken(token);
          if (!change.isPending()) {
            throw InvalidInputException.invalidLink();
          }
          User user = lock(change.userId());
          change.end(PendingPhoneChange.State.CANCELLED, clock.instant());
          user.phoneChangePending(false);
          sessions.end(change.sessionId());
          audit.success(
              user.id(), AuditAction.CANCEL_PHONE_CHANGE, change.newPhone().masked(), origin);
        });
  }

  /** The account's change that waits, for its page and its profile. */
  @Transactional
  public Optional<PendingPhoneChange> pendingOf(String userId) {
    return entityManager
        .createNamedQuery(PendingPhoneChange.PENDING_OF_USER, PendingPhoneChange.class)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  /** Makes every change whose delay is over, each in a transaction of its own. */
  public int completeDue() {
    List<Long> due =
        transactions.callAlone(
            () ->
                entityManager
                    .createNamedQuery(PendingPhoneChange.DUE, Long.class)
                    .setParameter("now", clock.instant())
                    .getResultList());
    return transactions.eachAlone(due, this::completeIfDue);
  }

  /**
   * The change is made, every session of the account ends, and the old number is told; when the new
   * number was taken meanwhile, or the old one is no longer the account's, it is cancelled.
   */
  private boolean completeIfDue(long id) {
    PendingPhoneChange change =
        entityManager.find(PendingPhoneChange.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (change == null || !change.isDueAt(now)) {
      return false;
    }
    User user = lock(change.userId());
    user.phoneChangePending(false);
    RequestOrigin origin = RequestOrigin.server();
    boolean stillPossible =
        user.phone().equals(Optional.ofNullable(change.oldPhone()))
            && users.findByPhone(change.newPhone()).isEmpty();
    if (!stillPossible) {
      change.end(PendingPhoneChange.State.CANCELLED, now);
      audit.success(user.id(), AuditAction.CANCEL_PHONE_CHANGE, change.newPhone().masked(), origin);
      return false;
    }
    user.changePhone(change.newPhone(), now);
    change.end(PendingPhoneChange.State.COMPLETED, now);
    sms.send(
        smsTemplates.removalNotice(change.oldPhone(), user.accountName(), now, origin.locale()));
    audit.success(user.id(), AuditAction.COMPLETE_PHONE_CHANGE, change.newPhone().masked(), origin);
    return true;
  }

  private User lock(String userId) {
    return users
        .lockById(userId)
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }

  private PendingPhoneChange byCancelToken(String token) {
    if (token == null || token.isBlank() || token.length() > InputLengths.ONE_TIME_TOKEN) {
      throw InvalidInputException.invalidLink();
    }
    return entityManager
        .createNamedQuery(PendingPhoneChange.BY_CANCEL_TOKEN, PendingPhoneChange.class)
        .setParameter("hash", OneTimeTokens.hash(token.strip()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(InvalidInputException::invalidLink);
  }
}
