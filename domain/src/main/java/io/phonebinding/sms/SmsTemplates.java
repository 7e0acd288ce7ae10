package io.phonebinding.sms;

import io.phonebinding.code.CodePolicy;
import io.phonebinding.code.SmsChannel;
import io.phonebinding.config.Settings;
import io.phonebinding.i18n.Messages;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** SMS texts from the per-locale {@code messages} bundle. */
@ApplicationScoped
public class SmsTemplates {

  @Inject Settings settings;

  public SmsMessage codeMessage(
      PhoneNumber to, SmsChannel channel, String code, CodePolicy policy, Locale locale) {
    String text =
        Messages.format(
            locale,
            "sms.code",
            settings.appName(),
            code,
            Math.max(1, policy.timeToLive().toMinutes()));
    return new SmsMessage(to, channel, text);
  }
}
