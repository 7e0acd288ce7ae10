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

  /** What the purpose of every notice, a message without a code, begins with. */
  public static final String NOTICE = "NOTICE_";

  public static final String NOTICE_PHONE_REMOVED = NOTICE + "PHONE_REMOVED";
  public static final String NOTICE_PASSWORD_RESET = NOTICE + "PASSWORD_RESET";
  public static final String NOTICE_PHONE_CHANGE_PENDING = NOTICE + "PHONE_CHANGE_PENDING";

  /** Whether a message of this purpose carries a one-time code (every purpose but a notice). */
  public static boolean carriesCode(String purpose) {
    return !purpose.startsWith(NOTICE);
  }

  public SmsMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(text);
    templateParams = Map.copyOf(templateParams);
  }
}
