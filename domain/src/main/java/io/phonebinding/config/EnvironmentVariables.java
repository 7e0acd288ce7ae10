package io.phonebinding.config;

import java.util.Locale;

/**
 * The environment variable MicroProfile Config reads a setting from, as errors and logs name it for
 * an operator: {@code phonebind.sms.twilio.account-sid} is {@code
 * PHONEBIND_SMS_TWILIO_ACCOUNT_SID}.
 */
public final class EnvironmentVariables {

  private EnvironmentVariables() {}

  public static String of(String setting) {
    return setting.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
