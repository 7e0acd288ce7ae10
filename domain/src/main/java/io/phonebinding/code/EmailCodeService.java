package io.phonebinding.code;

import io.phonebinding.abuse.SendLimiter;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.config.Secrets;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.mail.EmailChannel;
import io.phonebinding.mail.MailSender;
import io.phonebinding.mail.MailTemplates;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.transaction.Transactions;
import jakarta.annotation.PostConstruct;
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
 * Issues one-time codes by e-mail and checks them: the same codes (length, lifetime, tries, resend
 * interval) and the same send caps as by SMS, the address counting as the destination.
 */
@ApplicationScoped
public class EmailCodeService {

  @PersistenceContext EntityManager entityManager;

  @Inject Transactions transactions;

  @Inject CodeGenerator generator;

  @Inject SendLimiter limiter;

  @Inject MailSender mail;

  @Inject MailTemplates templates;

  @Inject Secrets secrets;

  @Inject CodeSettings settings;

  @Inject Clock clock;

  private CodeHasher hasher;

  @PostConstruct
  void createHasher() {
    hasher = new CodeHasher(secrets.keyFor("verification-code-hash"));
  }

  /**
   * Sends a fresh code to an address (checked and in lower case) for one channel; it replaces any
   * older code of that address and channel. The code and its e-mail are written in one transaction.
   *
   * @throws UnsupportedChannelException for a channel without a flow here
   * @throws TooManyRequestsException when a resend interval or a cap is not respected
   */
  public void send(
      String address, EmailChannel channel, RequestOrigin origin, Optional<String> userId) {
    if (!channel.isSupported()) {
      throw new UnsupportedChannelException(ErrorKind.CHANNEL_NOT_SUPPORTED, channel.name());
    }
    limiter.prepareLocks(address, origin, userId);
    transactions.run(
        () -> {
          CodePolicy policy = settings.codePolicy();
          Instant now = clock.instant();
          String code = generator.newCode(policy.length());
          String hash = hasher.hash(address, channel.name(), code);
          limiter.lockDestination(address);
          Optional<EmailCode> existing = lock(address, channel);
          if (existing.isPresent()) {
            long wait = existing.get().code().secondsUntilResendAllowed(now, policy);
            if (wait > 0) {
              throw new TooManyRequestsException(ErrorKind.SMS_TOO_FREQUENT, wait);
            }
          }
          limiter.admit(address, channel.name(), origin, userId, now);
          String owner = userId.orElse(null);
          if (existing.isPresent()) {
            existing.get().code().replaceWith(hash, now, policy, origin.clientIp(), owner);
          } else {
            try {
              entityManager.persist(
                  new EmailCode(
                      address,
                      channel,
                      new OneTimeCode(hash, now, policy, origin.clientIp(), owner)));
              entityManager.flush();
            } catch (PersistenceException concurrentFirstSend) {
              throw new TooManyRequestsException(
                  ErrorKind.SMS_TOO_FREQUENT, Math.max(1, policy.resendInterval().toSeconds()));
            }
          }
          mail.send(
              templates.codeMail(address, channel, code, policy.timeToLive(), origin.locale()));
        });
  }

  /**
   * Checks a code and spends it, in the caller's transaction, which has to commit even when the
   * code is refused so that a wrong try is counted.
   *
   * @param codeInput the input that carried the code, named if it is missing
   * @param callerId the signed-in account presenting it
   * @throws CodeRejectedException when the code is wrong, expired, used, dead, or was never sent
   */
  public void consume(
      String address, EmailChannel channel, String candidate, Input codeInput, String callerId) {
    if (candidate == null || candidate.isBlank()) {
      throw InvalidInputException.required(codeInput);
    }
    OneTimeCode code =
        lock(address, channel)
            .map(EmailCode::code)
            .orElseThrow(() -> new CodeRejectedException(ErrorKind.CODE_INCORRECT));
    Instant now = clock.instant();
    Verification verification =
        code.check(hasher.hash(address, channel.name(), candidate.strip()), now, callerId);
    if (!verification.isAccepted()) {
      throw new CodeRejectedException(verification.refusal().orElseThrow());
    }
    code.consume(now);
  }

  private Optional<EmailCode> lock(String address, EmailChannel channel) {
    return entityManager
        .createNamedQuery(EmailCode.FIND_BY_ADDRESS_AND_CHANNEL, EmailCode.class)
        .setParameter("address", address)
        .setParameter("channel", channel)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
