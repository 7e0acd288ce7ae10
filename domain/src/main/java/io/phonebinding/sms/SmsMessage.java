package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One text message to one phone. {@code purpose} is the SMS channel of a code ({@code
 * CHANNEL_BIND_PHONE}, ...) or the kind of notice ({@code NOTICE_PHONE_REMOVED}). Providers that
 * send from templates of their own (Aliyun) get {@code templateParams} instead of the text. A
 * message with {@code sendBefore} (a code's expiry) is dropped rather than delivered late.
 */
public record SmsMessage(
    PhoneNumber to,
    String purpose,
    String text,
    Map<String, String> templateParams,
    Instant sendBefore) {

  public static final String NOTICE_PHONE_REMOVED = "NOTICE_PHONE_REMOVED";

  public SmsMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(text);
    templateParams = Map.copyOf(templateParams);
  }
}
