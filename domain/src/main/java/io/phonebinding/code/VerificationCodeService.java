package io.phonebinding.code;

import io.phonebinding.config.Secrets;
import io.phonebinding.config.Settings;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.sms.SmsSender;
import io.phonebinding.sms.SmsTemplates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Issues one-time codes by SMS and checks them. */
@ApplicationScoped
public class VerificationCodeService {

  @Inject VerificationCodeRepository codes;

  @Inject CodeGenerator generator;

  @Inject SmsSender sms;

  @Inject SmsTemplates templates;

  @Inject Secrets secrets;

  @Inject Settings settings;

  @Inject Clock clock;

  private CodeHasher hasher;

  @PostConstruct
  void createHasher() {
    hasher = new CodeHasher(secrets.keyFor("verification-code-hash"));
  }

  /**
   * Sends a fresh code to a phone for one channel; it replaces any older code of that phone and
   * channel.
   *
   * @param channelName Authing's channel name, e.g. {@code CHANNEL_BIND_PHONE}
   * @param requesterIp the client's address, kept with the code
   * @param locale language of the SMS text
   * @throws UnsupportedChannelException for an unknown channel or one without a flow here
   * @throws TooManyRequestsException when the phone got a code on this channel too recently
   */
  @Transactional
  public void send(PhoneNumber phone, String channelName, String requesterIp, Locale locale) {
    SmsChannel channel = supportedChannel(channelName);
    CodePolicy policy = settings.codePolicy();
    Instant now = clock.instant();
    String code = generator.newCode(policy.length());
    String hash = hasher.hash(phone.e164(), channel, code);

    var existing = codes.lock(phone.e164(), channel);
    if (existing.isPresent()) {
      long wait = existing.get().secondsUntilResendAllowed(now, policy);
      if (wait > 0) {
        throw new TooManyRequestsException(ErrorKind.SMS_TOO_FREQUENT, wait);
      }
      existing.get().replaceWith(hash, now, policy, requesterIp);
    } else {
      codes.add(new VerificationCode(phone.e164(), channel, hash, now, policy, requesterIp));
      try {
        codes.flush();
      } catch (PersistenceException concurrentFirstSend) {
        // Another request created this phone's first code on the channel a moment ago.
        throw new TooManyRequestsException(
            ErrorKind.SMS_TOO_FREQUENT, policy.resendInterval().toSeconds());
      }
    }
    sms.send(templates.codeMessage(phone, channel, code, policy, locale));
  }

  /**
   * Spends a code. Must run inside the caller's transaction, which has to commit even when the
   * code is refused, so that a wrong try is counted.
   *
   * @throws CodeRejectedException when the code is wrong, expired, used, dead, or was never sent
   */
  public void consume(PhoneNumber phone, SmsChannel channel, String candidate) {
    if (candidate == null || candidate.isBlank()) {
      throw InvalidInputException.required("passCode");
    }
    VerificationCode code =
        codes
            .lock(phone.e164(), channel)
            .orElseThrow(() -> new CodeRejectedException(ErrorKind.CODE_INCORRECT));
    Verification verification =
        code.verify(hasher.hash(phone.e164(), channel, candidate.strip()), clock.instant());
    if (!verification.isAccepted()) {
      throw new CodeRejectedException(verification.refusal().orElseThrow());
    }
  }

  private static SmsChannel supportedChannel(String channelName) {
    if (channelName == null || channelName.isBlank()) {
      throw InvalidInputException.required("channel");
    }
    SmsChannel channel =
        SmsChannel.fromWireName(channelName)
            .orElseThrow(
                () -> new UnsupportedChannelException(ErrorKind.CHANNEL_UNKNOWN, channelName));
    if (!channel.isSupported()) {
      throw new UnsupportedChannelException(ErrorKind.CHANNEL_NOT_SUPPORTED, channelName);
    }
    return channel;
  }
}
