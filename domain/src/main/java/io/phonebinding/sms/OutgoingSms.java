package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.util.Map;

/** What a provider is asked to deliver: one claimed outbox message. */
public record OutgoingSms(
    long id, PhoneNumber to, String purpose, String text, Map<String, String> templateParams) {

  public OutgoingSms {
    templateParams = Map.copyOf(templateParams);
  }

  /** Whether this message carries a one-time code (and not a notice). */
  public boolean carriesCode() {
    return !purpose.startsWith(SmsMessage.NOTICE);
  }
}
