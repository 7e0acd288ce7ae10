package io.phonebinding.request;

import io.phonebinding.i18n.Languages;
import java.util.Locale;

/**
 * Where a request came from and in which language to answer: for limits, SMS texts and audit.
 * {@code appId} is the app the request names ({@code x-authing-app-id}), or null (the service's own
 * page): it picks the autofill line of the codes it asks for.
 */
public record RequestOrigin(String clientIp, String userAgent, Locale locale, String appId) {

  private static final int MAX_USER_AGENT = 256;
  private static final int MAX_APP_ID = 64;

  public RequestOrigin(String clientIp, String userAgent, Locale locale) {
    this(clientIp, userAgent, locale, null);
  }

  /** What the server does by itself, when a change falls due: no client. */
  public static RequestOrigin server() {
    return new RequestOrigin("server", "phone-binding", Locale.ROOT);
  }

  public RequestOrigin {
    clientIp = clientIp == null ? "unknown" : clientIp;
    userAgent =
        userAgent == null || userAgent.length() <= MAX_USER_AGENT
            ? userAgent
            : userAgent.substring(0, MAX_USER_AGENT);
    locale = Languages.supported(locale);
    appId = appId == null || appId.isBlank() || appId.length() > MAX_APP_ID ? null : appId.strip();
  }
}
