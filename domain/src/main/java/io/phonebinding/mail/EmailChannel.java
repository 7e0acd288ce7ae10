package io.phonebinding.mail;

import java.util.Arrays;
import java.util.Optional;

/**
 * Authing's e-mail channels. A code is bound to the channel it was sent on; only channels with a
 * flow in this service send codes. {@code CHANNEL_VERIFY_MFA} proves the account's verified address
 * as a second factor (for a change of phone without the old one).
 */
public enum EmailChannel {
  CHANNEL_BIND_EMAIL(true),
  CHANNEL_UNBIND_EMAIL(true),
  CHANNEL_VERIFY_MFA(true),
  CHANNEL_LOGIN(false),
  CHANNEL_REGISTER(false),
  CHANNEL_RESET_PASSWORD(false),
  CHANNEL_VERIFY_EMAIL_LINK(false),
  CHANNEL_UNLOCK_ACCOUNT(false),
  CHANNEL_COMPLETE_EMAIL(false);

  private final boolean supported;

  EmailChannel(boolean supported) {
    this.supported = supported;
  }

  /** The channel of Authing's name, if there is one. */
  public static Optional<EmailChannel> named(String name) {
    return Arrays.stream(values()).filter(channel -> channel.name().equals(name)).findFirst();
  }

  /** Whether this service has a flow that spends codes sent on this channel. */
  public boolean isSupported() {
    return supported;
  }
}
