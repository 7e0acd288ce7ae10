package io.phonebinding.phone;

import java.util.Arrays;
import java.util.Optional;

/**
 * Authing's SMS channels. A code is bound to the channel it was sent on, so a code sent for one
 * purpose cannot be spent on another. Only channels with a flow in this service can send codes.
 */
public enum SmsChannel {
  CHANNEL_LOGIN(true),
  CHANNEL_REGISTER(true),
  CHANNEL_RESET_PASSWORD(true),
  CHANNEL_BIND_PHONE(true),
  CHANNEL_UNBIND_PHONE(true),
  CHANNEL_BIND_MFA(false),
  CHANNEL_VERIFY_MFA(false),
  CHANNEL_UNBIND_MFA(false),
  CHANNEL_COMPLETE_PHONE(false),
  CHANNEL_IDENTITY_VERIFICATION(true),
  CHANNEL_DELETE_ACCOUNT(false);

  private final boolean supported;

  SmsChannel(boolean supported) {
    this.supported = supported;
  }

  /** The channel of Authing's name, if there is one. */
  public static Optional<SmsChannel> named(String name) {
    return Arrays.stream(values()).filter(channel -> channel.name().equals(name)).findFirst();
  }

  /** Whether this service has a flow that spends codes sent on this channel. */
  public boolean isSupported() {
    return supported;
  }
}
