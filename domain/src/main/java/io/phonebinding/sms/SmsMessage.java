package io.phonebinding.sms;

import io.phonebinding.code.SmsChannel;
import io.phonebinding.phone.PhoneNumber;
import java.util.Objects;

/** One text message to one phone, sent for a channel. */
public record SmsMessage(PhoneNumber to, SmsChannel channel, String text) {

  public SmsMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(channel);
    Objects.requireNonNull(text);
  }
}
