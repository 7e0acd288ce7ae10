package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.util.Map;

/**
 * What a provider is asked to deliver: one attempt of one claimed outbox message. {@code provider}
 * is the provider instance's name, {@code attemptId} the attempt's own id, which providers that
 * report receipts by our reference (Aliyun's {@code OutId}) carry.
 */
public record OutgoingSms(
    long id,
    PhoneNumber to,
    String purpose,
    String text,
    Map<String, String> templateParams,
    String provider,
    long attemptId) {

  public OutgoingSms {
    templateParams = Map.copyOf(templateParams);
  }

  /** Whether this message carries a one-time code (and not a notice). */
  public boolean carriesCode() {
    return SmsMessage.carriesCode(purpose);
  }
}
