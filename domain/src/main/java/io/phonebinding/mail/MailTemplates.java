package io.phonebinding.mail;

import io.phonebinding.config.Settings;
import io.phonebinding.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** E-mail texts from the per-locale {@code messages} bundle, in the language of the request. */
@ApplicationScoped
public class MailTemplates {

  /** Purposes of the notices, beside the codes' channels. */
  public static final String NOTICE_PHONE_CLAIMED = "NOTICE_PHONE_CLAIMED";

  public static final String NOTICE_PHONE_CHANGE_PENDING = "NOTICE_PHONE_CHANGE_PENDING";

  @Inject Settings settings;

  /** A code's e-mail. */
  public MailMessage codeMail(
      String to, EmailChannel channel, String code, Duration timeToLive, Locale locale) {
    return mail(
        to,
        channel.name(),
        "mail.code",
        locale,
        settings.appName(),
        code,
        Math.max(1, timeToLive.toMinutes()));
  }

  /**
   * Tells the holder of an account that its number is being claimed by the number's new holder,
   * with the single-use link that keeps it.
   */
  public MailMessage claimNotice(
      String to,
      String maskedPhone,
      String accountName,
      Instant effectiveAt,
      String keepLink,
      Locale locale) {
    return mail(
        to,
        NOTICE_PHONE_CLAIMED,
        "mail.claim",
        locale,
        settings.appName(),
        maskedPhone,
        accountName,
        Messages.time(effectiveAt),
        keepLink);
  }

  /** Tells of a change of number requested without the old phone, with its cancel link. */
  public MailMessage pendingChangeNotice(
      String to,
      String accountName,
      String maskedNewPhone,
      Instant effectiveAt,
      String cancelLink,
      Locale locale) {
    return mail(
        to,
        NOTICE_PHONE_CHANGE_PENDING,
        "mail.change",
        locale,
        settings.appName(),
        accountName,
        maskedNewPhone,
        Messages.time(effectiveAt),
        cancelLink);
  }

  /**
   * A link to a page of this service, from the public address ({@code phonebind.public-base-url}).
   */
  public String link(String pagePath, String token) {
    return settings.linkBase() + pagePath + "?token=" + token;
  }

  private MailMessage mail(
      String to, String purpose, String key, Locale locale, Object... arguments) {
    return new MailMessage(
        to,
        purpose,
        Messages.format(locale, key + ".subject", arguments),
        Messages.format(locale, key + ".text", arguments),
        locale);
  }
}
