package io.phonebinding.testing;

import io.phonebinding.code.CodePolicy;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.VerificationCode;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Codes "sent" by the test: one per phone and channel, right when it is the one sent. */
public class ScriptedCodes extends VerificationCodeService {

  private static final CodePolicy POLICY =
      new CodePolicy(6, Duration.ofMinutes(5), 5, Duration.ofSeconds(60));

  private static final String HASH = "hash";

  private final Map<String, String> sent = new HashMap<>();
  private final Map<String, VerificationCode> codes = new HashMap<>();
  private final Instant now;

  public ScriptedCodes(Instant now) {
    this.now = now;
  }

  /** A code sent to the phone on the channel. */
  public void sent(PhoneNumber phone, SmsChannel channel, String code) {
    String key = phone.e164() + channel;
    sent.put(key, code);
    codes.put(key, new VerificationCode(phone, channel, HASH, now, POLICY, "ip", null));
  }

  /** Whether the code sent to the phone on the channel was spent. */
  public boolean isSpent(PhoneNumber phone, SmsChannel channel) {
    return codes.get(phone.e164() + channel).isConsumed();
  }

  @Override
  public VerificationCode check(
      PhoneNumber phone, SmsChannel channel, String candidate, Input codeInput, String callerId) {
    if (candidate == null || candidate.isBlank()) {
      throw InvalidInputException.required(codeInput);
    }
    String key = phone.e164() + channel;
    if (!candidate.equals(sent.get(key)) || codes.get(key).isConsumed()) {
      throw new CodeRejectedException(ErrorKind.CODE_INCORRECT);
    }
    return codes.get(key);
  }

  @Override
  public void consume(
      PhoneNumber phone, SmsChannel channel, String candidate, Input codeInput, String callerId) {
    spend(check(phone, channel, candidate, codeInput, callerId), now);
  }

  /** Spends it as the service does, by its (scripted) hash; no metrics here to tell. */
  @Override
  public void spend(VerificationCode code, Instant at) {
    code.verify(HASH, at, null);
  }
}
