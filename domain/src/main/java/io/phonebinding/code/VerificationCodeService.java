package io.phonebinding.code;

import io.phonebinding.abuse.RangeGuard;
import io.phonebinding.abuse.SendLimiter;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.app.ClientApps;
import io.phonebinding.config.Secrets;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.sms.SmsSender;
import io.phonebinding.sms.SmsTemplates;
import io.phonebinding.transaction.Transactions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Issues one-time codes by SMS and checks them. */
@ApplicationScoped
public class VerificationCodeService {

  @Inject VerificationCodeRepository codes;

  @Inject Transactions transactions;

  @Inject CodeGenerator generator;

  @Inject TestNumbers testNumbers;

  @Inject SendLimiter limiter;

  @Inject RangeGuard ranges;

  @Inject SmsSender sms;

  @Inject SmsTemplates templates;

  @Inject ClientApps apps;

  @Inject Secrets secrets;

  @Inject CodeSettings settings;

  @Inject Event<CodeSent> sentCodes;

  @Inject Event<CodeUsed> used;

  @Inject Clock clock;

  private CodeHasher hasher;

  @PostConstruct
  void createHasher() {
    hasher = new CodeHasher(secrets.keyFor("verification-code-hash"));
  }

  /**
   * Sends a fresh code to a phone for one channel; it replaces any older code of that phone and
   * channel. The code and its message are written in one transaction; the message ends with the
   * autofill line of the app the origin names.
   *
   * @param userId the signed-in caller, if any, for the per-account cap
   * @throws UnsupportedChannelException for a channel without a flow here
   * @throws TooManyRequestsException when a resend interval or a cap is not respected
   * @throws io.phonebinding.abuse.SmsRefusedException when SMS is off, or not for this number (its
   *     country, its kind of line, a list, a range blocked as pumped, a country in a surge)
   */
  public void send(
      PhoneNumber phone, SmsChannel channel, RequestOrigin origin, Optional<String> userId) {
    if (!channel.isSupported()) {
      throw new UnsupportedChannelException(ErrorKind.CHANNEL_NOT_SUPPORTED, channel.name());
    }
    if (!testNumbers.isTestNumber(phone)) {
      // The limits' lock rows are made before the send's transaction holds a connection: made
      // inside it, each would need a second connection while the first is held.
      limiter.prepareLocks(phone.e164(), origin, userId);
    }
    transactions.run(() -> sendInTransaction(phone, channel, origin, userId));
  }

  private void sendInTransaction(
      PhoneNumber phone, SmsChannel channel, RequestOrigin origin, Optional<String> userId) {
    CodePolicy policy = settings.codePolicy();
    Instant now = clock.instant();
    Optional<String> fixedCode = testNumbers.fixedCodeFor(phone);
    boolean testNumber = fixedCode.isPresent();
    boolean safeListed = !testNumber && limiter.checkDestination(phone);
    String code = fixedCode.orElseGet(() -> generator.newCode(policy.length()));
    String hash = hasher.hash(phone.e164(), channel, code);

    if (!testNumber) {
      limiter.lockDestination(phone.e164());
    }
    var existing = codes.lock(phone, channel);
    if (existing.isPresent() && !testNumber) {
      long wait = existing.get().secondsUntilResendAllowed(now, policy);
      if (wait > 0) {
        throw new TooManyRequestsException(ErrorKind.SMS_TOO_FREQUENT, wait);
      }
    }
    if (!testNumber) {
      limiter.admit(phone.e164(), channel.name(), origin, userId, now);
    }
    if (!testNumber && !safeListed) {
      ranges.admit(phone, origin, now);
    }
    if (existing.isPresent()) {
      existing.get().replaceWith(hash, now, policy, origin.clientIp(), userId.orElse(null));
    } else {
      try {
        // IDENTITY ids make persist() insert at once, so a racing first send fails right here.
        codes.add(
            new VerificationCode(
                phone, channel, hash, now, policy, origin.clientIp(), userId.orElse(null)));
        codes.flush();
      } catch (PersistenceException concurrentFirstSend) {
        // Another request created this phone's first code on the channel a moment ago.
        throw new TooManyRequestsException(
            ErrorKind.SMS_TOO_FREQUENT, Math.max(1, policy.resendInterval().toSeconds()));
      }
    }
    if (!testNumber) {
      sms.send(
          templates.codeMessage(
              phone,
              channel,
              code,
              policy.timeToLive(),
              now.plus(policy.timeToLive()),
              origin.locale(),
              apps.autofillFor(origin.appId())));
    }
    sentCodes.fire(new CodeSent(channel));
  }

  /**
   * Checks a code without spending it and returns it, still row-locked, for the caller to {@link
   * VerificationCode#consume spend}. Must run inside the caller's transaction, which has to commit
   * even when the code is refused, so that a wrong try is counted.
   *
   * @param codeInput the input that carried the code, named if it is missing
   * @param callerId the signed-in account presenting it: a code another account asked for is wrong
   *     for this one, and this one's guesses do not spend its tries
   * @throws CodeRejectedException when the code is wrong, expired, used, dead, or was never sent
   */
  public VerificationCode check(
      PhoneNumber phone, SmsChannel channel, String candidate, Input codeInput, String callerId) {
    if (candidate == null || candidate.isBlank()) {
      throw InvalidInputException.required(codeInput);
    }
    VerificationCode code =
        codes
            .lock(phone, channel)
            .orElseThrow(() -> new CodeRejectedException(ErrorKind.CODE_INCORRECT));
    Verification verification =
        code.check(
            hasher.hash(phone.e164(), channel, candidate.strip()), clock.instant(), callerId);
    if (!verification.isAccepted()) {
      throw new CodeRejectedException(verification.refusal().orElseThrow());
    }
    return code;
  }

  /** Checks a code and spends it; see {@link #check}. */
  public void consume(
      PhoneNumber phone, SmsChannel channel, String candidate, Input codeInput, String callerId) {
    spend(check(phone, channel, candidate, codeInput, callerId), clock.instant());
  }

  /**
   * Spends a code that {@link #check} accepted, in the caller's transaction: it reached its phone,
   * which the delivery funnel's metrics ({@link CodeUsed}) and the rules on ranges count.
   */
  public void spend(VerificationCode code, Instant now) {
    code.consume(now);
    if (!testNumbers.isTestNumber(code.phone())) {
      ranges.codeUsed(code.phone(), now);
    }
    used.fire(new CodeUsed(code.phone(), code.channel()));
  }

  /**
   * Seconds until the phone may get another code on the channel: the server's own limit, for pages
   * that show a countdown. 0 when a code may be sent now.
   */
  @Transactional
  public long secondsUntilResend(PhoneNumber phone, SmsChannel channel) {
    return codes
        .find(phone, channel)
        .map(code -> code.secondsUntilResendAllowed(clock.instant(), settings.codePolicy()))
        .orElse(0L);
  }
}
