package io.phonebinding.infrastructure.sms;

import io.phonebinding.config.EnvironmentVariables;
import io.phonebinding.sms.SmsDeliveryException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of one provider instance, {@code phonebind.sms.<instance>.<key>} (environment:
 * {@code PHONEBIND_SMS_<INSTANCE>_<KEY>}): an instance named like its type reads the type's own
 * settings ({@code phonebind.sms.twilio.account-sid}), a second one its own ({@code
 * phonebind.sms.twilio-b.account-sid}). Read when a message is sent, so one instance's missing
 * setting fails only its own attempts.
 */
final class InstanceSettings {

  private final String instance;

  InstanceSettings(String instance) {
    this.instance = instance;
  }

  Optional<String> optional(String key) {
    return ConfigProvider.getConfig()
        .getOptionalValue(name(key), String.class)
        .filter(value -> !value.isBlank());
  }

  String orDefault(String key, String fallback) {
    return optional(key).orElse(fallback);
  }

  /**
   * A setting the operator must give; its absence fails the attempt (another provider may take the
   * message).
   */
  String required(String key) throws SmsDeliveryException {
    return optional(key)
        .orElseThrow(() -> new SmsDeliveryException("not configured: " + variable(key), false));
  }

  boolean isOn(String key) {
    return optional(key).map(Boolean::parseBoolean).orElse(false);
  }

  private String name(String key) {
    return "phonebind.sms." + instance + "." + key;
  }

  /** The environment variable of a setting, as an operator would set it. */
  String variable(String key) {
    return EnvironmentVariables.of(name(key));
  }
}
