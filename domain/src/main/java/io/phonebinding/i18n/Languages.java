package io.phonebinding.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the service speaks (zh-CN, en-US) and how a request picks one. */
public final class Languages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.US;
  public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

  private Languages() {}

  /**
   * Picks the language of a request: Authing's {@code x-authing-lang} header first, then {@code
   * Accept-Language}, then Chinese.
   */
  public static Locale forRequest(String authingLang, String acceptLanguage) {
    Locale fromAuthing = parseTag(authingLang);
    if (fromAuthing != null) {
      return fromAuthing;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() < 512) {
      try {
        Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), ALL);
        if (match != null) {
          return match;
        }
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          Locale byLanguage = parseTag(range.getRange());
          if (byLanguage != null) {
            return byLanguage;
          }
        }
      } catch (IllegalArgumentException malformedHeader) {
        return CHINESE;
      }
    }
    return CHINESE;
  }

  /** The supported locale closest to {@code locale}: English for any English, else Chinese. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
  }

  private static Locale parseTag(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return null;
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    if ("en".equals(language)) {
      return ENGLISH;
    }
    if ("zh".equals(language)) {
      return CHINESE;
    }
    return null;
  }
}
