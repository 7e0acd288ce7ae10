package io.phonebinding.sms;

import io.phonebinding.app.AutofillProfile;
import io.phonebinding.config.Settings;
import io.phonebinding.i18n.Messages;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** SMS texts from the per-locale {@code messages} bundle. */
@ApplicationScoped
public class SmsTemplates {

  @Inject Settings settings;

  /** The notice a number gets when it is removed from an account, so a hijack is noticed. */
  public SmsMessage removalNotice(
      PhoneNumber removed, String accountName, Instant when, Locale locale) {
    return notice(
        removed, SmsMessage.NOTICE_PHONE_REMOVED, "sms.notice.removed", accountName, when, locale);
  }

  /** The notice a phone gets when its account's password was reset, so a takeover is noticed. */
  public SmsMessage passwordResetNotice(
      PhoneNumber to, String accountName, Instant when, Locale locale) {
    return notice(
        to,
        SmsMessage.NOTICE_PASSWORD_RESET,
        "sms.notice.password-reset",
        accountName,
        when,
        locale);
  }

  /**
   * The notice the old number gets of a change of number made without it, with the link that
   * cancels the change.
   */
  public SmsMessage changePendingNotice(
      PhoneNumber to, String accountName, Instant effectiveAt, String cancelLink, Locale locale) {
    String text =
        Messages.format(
            locale,
            "sms.notice.change-pending",
            settings.appName(),
            accountName,
            Messages.time(effectiveAt),
            cancelLink);
    return new SmsMessage(
        to, SmsMessage.NOTICE_PHONE_CHANGE_PENDING, text, Map.of("account", accountName), null);
  }

  private SmsMessage notice(
      PhoneNumber to,
      String purpose,
      String messageKey,
      String accountName,
      Instant when,
      Locale locale) {
    String text =
        Messages.format(locale, messageKey, settings.appName(), accountName, Messages.time(when));
    return new SmsMessage(to, purpose, text, Map.of("account", accountName), null);
  }

  /**
   * A code's message; it is not delivered after {@code codeExpiresAt}. It ends with the autofill
   * line of the app the code was asked for; providers that send from templates of their own get the
   * code and the line's parts.
   */
  public SmsMessage codeMessage(
      PhoneNumber to,
      SmsChannel channel,
      String code,
      Duration codeTimeToLive,
      Instant codeExpiresAt,
      Locale locale,
      AutofillProfile autofill) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("code", code);
    params.putAll(autofill.templateParams(code));
    return new SmsMessage(
        to,
        channel.name(),
        codeText(code, codeTimeToLive, locale, autofill),
        params,
        codeExpiresAt);
  }

  /** The text of a code's message, its autofill line last. */
  public String codeText(
      String code, Duration codeTimeToLive, Locale locale, AutofillProfile autofill) {
    return Messages.format(
            locale, "sms.code", settings.appName(), code, Math.max(1, codeTimeToLive.toMinutes()))
        + "\n"
        + autofill.line(code);
  }
}
