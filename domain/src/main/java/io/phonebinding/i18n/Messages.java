package io.phonebinding.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts from the {@code messages} bundle, shared by the API, the page and the SMS
 * templates: {@code messages_zh} and {@code messages_en}, no base bundle.
 */
public final class Messages {

  static final String BUNDLE = "io.phonebinding.i18n.messages";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private Messages() {}

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Languages.supported(locale),
        Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** How a time is written in messages to users, the same in every language. */
  public static String time(Instant when) {
    return WHEN.format(when.atZone(ZoneOffset.UTC));
  }

  /** The text for {@code key} in {@code locale}, with {@link MessageFormat} arguments filled in. */
  public static String format(Locale locale, String key, Object... arguments) {
    Locale supported = Languages.supported(locale);
    String pattern;
    try {
      pattern = bundle(supported).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, supported).format(arguments);
  }
}
