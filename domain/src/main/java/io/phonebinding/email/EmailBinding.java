package io.phonebinding.email;

import io.phonebinding.account.AccountConflictException;
import io.phonebinding.account.AccountRuleException;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.Emails;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.account.User;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.EmailCodeService;
import io.phonebinding.code.UnsupportedChannelException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.mail.EmailAddresses;
import io.phonebinding.mail.EmailChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The account's e-mail as Authing's SDKs set it: bound with a code sent to it on {@code
 * CHANNEL_BIND_EMAIL}, changed in two steps (the new address's code, and the old address's on
 * {@code CHANNEL_UNBIND_EMAIL} when that one was verified; then the token). Each success is audited
 * in its own transaction; refused codes still count as tries.
 */
@ApplicationScoped
public class EmailBinding {

  @PersistenceContext EntityManager entityManager;

  @Inject UserRepository users;

  @Inject EmailCodeService codes;

  @Inject AuditTrail audit;

  @Inject AccountSettings settings;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Sends a code by e-mail for the signed-in account: on {@code CHANNEL_BIND_EMAIL} to an address
   * it would bind, on the other channels only to its own address (so the service mails no stranger
   * codes they did not ask for).
   *
   * @throws UnsupportedChannelException for a channel without a flow here
   * @throws InvalidInputException with {@code FIELD_INVALID} for another address than the account's
   *     on a channel that proves it
   */
  public void sendCode(String userId, String email, EmailChannel channel, RequestOrigin origin) {
    if (!channel.isSupported()) {
      throw new UnsupportedChannelException(ErrorKind.CHANNEL_NOT_SUPPORTED, channel.name());
    }
    String address = required(email, Input.EMAIL);
    User user =
        users
            .findById(userId)
            .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
    if (channel != EmailChannel.CHANNEL_BIND_EMAIL
        && !user.email().filter(address::equals).isPresent()) {
      throw new InvalidInputException(ErrorKind.FIELD_INVALID, Input.EMAIL);
    }
    codes.send(address, channel, origin, Optional.of(userId));
  }

  /**
   * Makes a proven address the account's verified e-mail.
   *
   * @throws io.phonebinding.account.AccountRuleException when a verified address is there already
   * @throws CodeRejectedException if the code is refused
   * @throws io.phonebinding.account.AccountConflictException if another account has the address
   */
  public UserProfile bind(String userId, String email, String passCode, RequestOrigin origin) {
    String address = required(email, Input.EMAIL);
    return transactions.call(
        () -> {
          User user = lockUser(userId);
          user.checkCanBindEmail();
          codes.consume(address, EmailChannel.CHANNEL_BIND_EMAIL, passCode, Input.CODE, userId);
          requireFree(address, user);
          user.bindEmail(address, clock.instant());
          flushOrTaken();
          audit.success(userId, AuditAction.BIND_EMAIL, EmailAddresses.masked(address), origin);
          return UserProfile.of(user);
        });
  }

  /**
   * Checks the codes of an e-mail change and returns the token that makes it.
   *
   * @throws io.phonebinding.account.AccountRuleException for no address, the same one, or a pending
   *     change of number
   * @throws CodeRejectedException if a code is refused
   */
  public EmailChangeToken verifyChange(
      String userId,
      String newEmail,
      String newPassCode,
      String oldEmail,
      String oldPassCode,
      RequestOrigin origin) {
    String replacement = required(newEmail, Input.NEW_EMAIL);
    return transactions.call(
        () -> {
          User user = lockUser(userId);
          user.checkCanChangeEmailTo(replacement);
          if (user.verifiedEmail().isPresent()) {
            String current = user.verifiedEmail().get();
            if (!current.equals(required(oldEmail, Input.OLD_EMAIL))) {
              throw new InvalidInputException(ErrorKind.FIELD_INVALID, Input.OLD_EMAIL);
            }
            codes.consume(
                current,
                EmailChannel.CHANNEL_UNBIND_EMAIL,
                oldPassCode,
                Input.OLD_EMAIL_CODE,
                userId);
          }
          codes.consume(
              replacement,
              EmailChannel.CHANNEL_BIND_EMAIL,
              newPassCode,
              Input.NEW_EMAIL_CODE,
              userId);
          requireFree(replacement, user);
          String token = OneTimeTokens.newToken();
          entityManager.persist(
              new EmailChangeRequest(
                  OneTimeTokens.hash(token),
                  user,
                  replacement,
                  clock.instant(),
                  settings.updateTokenTimeToLive()));
          audit.success(
              userId, AuditAction.VERIFY_EMAIL_CHANGE, EmailAddresses.masked(replacement), origin);
          return new EmailChangeToken(token, settings.updateTokenTimeToLive());
        });
  }

  /**
   * Redeems a change token: the account's verified e-mail becomes the new address.
   *
   * @throws io.phonebinding.account.AccountRuleException with {@code UPDATE_TOKEN_INVALID} for an
   *     unknown, expired, used or foreign token
   */
  public UserProfile change(Authenticated caller, String updateEmailToken, RequestOrigin origin) {
    return transactions.call(
        () -> {
          User user = lockUser(caller.userId());
          EmailChangeRequest request = find(updateEmailToken);
          Instant now = clock.instant();
          if (!request.redeemFor(user, now)) {
            throw new AccountRuleException(ErrorKind.UPDATE_TOKEN_INVALID);
          }
          requireFree(request.newEmail(), user);
          user.replaceEmail(request.newEmail(), now);
          flushOrTaken();
          audit.success(
              user.id(),
              AuditAction.CHANGE_EMAIL,
              EmailAddresses.masked(request.newEmail()),
              origin);
          return UserProfile.of(user);
        });
  }

  private EmailChangeRequest find(String token) {
    if (token == null || token.isBlank() || token.length() > InputLengths.ONE_TIME_TOKEN) {
      throw new AccountRuleException(ErrorKind.UPDATE_TOKEN_INVALID);
    }
    return entityManager
        .createNamedQuery(EmailChangeRequest.FIND_BY_TOKEN_HASH, EmailChangeRequest.class)
        .setParameter("tokenHash", OneTimeTokens.hash(token.strip()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccountRuleException(ErrorKind.UPDATE_TOKEN_INVALID));
  }

  private static String required(String email, Input input) {
    String address = Emails.checked(email);
    if (address == null) {
      throw InvalidInputException.required(input);
    }
    return address;
  }

  private User lockUser(String userId) {
    return users
        .lockById(userId)
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }

  private void requireFree(String address, User user) {
    if (users.findByEmail(address).filter(other -> !other.id().equals(user.id())).isPresent()) {
      throw new AccountConflictException(ErrorKind.EMAIL_ALREADY_BOUND);
    }
  }

  private void flushOrTaken() {
    try {
      users.flush();
    } catch (PersistenceException lostRaceForTheAddress) {
      throw new AccountConflictException(ErrorKind.EMAIL_ALREADY_BOUND);
    }
  }
}
