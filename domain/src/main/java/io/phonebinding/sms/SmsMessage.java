package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.util.Objects;

/**
 * One text message to one phone. {@code purpose} is the SMS channel of a code ({@code
 * CHANNEL_BIND_PHONE}, ...) or the kind of notice ({@code NOTICE_PHONE_REMOVED}).
 */
public record SmsMessage(PhoneNumber to, String purpose, String text) {

  public static final String NOTICE_PHONE_REMOVED = "NOTICE_PHONE_REMOVED";

  public SmsMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(text);
  }
}
