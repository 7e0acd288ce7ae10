package io.phonebinding.web.page;

import io.phonebinding.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The page's cookies, all HttpOnly and SameSite=Strict, and Secure in production mode (or when
 * {@code phonebind.web.secure-cookies} says so), or whenever the request came over HTTPS, directly
 * or through a trusted proxy: a production page is served over HTTPS, a development one often over
 * plain http://localhost. Secure cookies of a page served at {@code /} carry the {@code __Host-}
 * prefix, so the browser refuses them from another subdomain or over plain HTTP. The page keeps
 * what it must remember between requests in them, never in an HTTP session, so any server can
 * answer any request.
 */
@ApplicationScoped
public class PageCookies {

  /** The page's sign-in: the service's own access token, checked like any other. */
  static final String SIGN_IN = "phonebind_signin";

  /** The support page's sign-in: a management token of a write key, checked like any other. */
  public static final String OPERATOR = "phonebind_operator";

  /** The language picked with the page's switch. */
  static final String LANGUAGE = "phonebind_lang";

  /** A random name for this browser, which the views of a signed-out page are bound to. */
  static final String BROWSER = "phonebind_browser";

  static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

  private static final String HOST_PREFIX = "__Host-";

  @Inject Settings settings;

  @Inject PageRequest pageRequest;

  @Inject
  @ConfigProperty(name = "phonebind.web.secure-cookies")
  Optional<Boolean> secureCookies;

  /** Whether every cookie of this server is Secure, whatever the request. */
  boolean secure() {
    return secureCookies.orElse(!settings.isDevelopmentMode());
  }

  private boolean secure(HttpServletRequest request) {
    return secure() || pageRequest.connection(request).secure();
  }

  /** The cookie's name as this server writes and reads it. */
  String nameOf(HttpServletRequest request, String name) {
    return secure() && path(request).equals("/") ? HOST_PREFIX + name : name;
  }

  /** Sets a cookie for {@code maxAge} seconds (-1: until the browser closes; 0: removes it). */
  public void put(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String value,
      int maxAge) {
    Cookie cookie = new Cookie(nameOf(request, name), value);
    cookie.setPath(path(request));
    cookie.setHttpOnly(true);
    cookie.setSecure(secure(request));
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
  }

  public void remove(HttpServletRequest request, HttpServletResponse response, String name) {
    put(request, response, name, "", 0);
  }

  public Optional<String> read(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    String written = nameOf(request, name);
    for (Cookie cookie : cookies) {
      if (cookie.getName().equals(written) && !cookie.getValue().isEmpty()) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private static String path(HttpServletRequest request) {
    String context = request.getContextPath();
    return context.isEmpty() ? "/" : context;
  }
}
