package io.phonebinding.web.page;

import io.phonebinding.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Gives every browser that opens the page a random name ({@link PageCookies#BROWSER}), which the
 * views of a signed-out page are bound to, and keeps the language picked with the switch ({@code
 * ?lang=}) in a cookie, before the page renders, so both hold on whichever server answers next.
 */
@WebFilter("/*")
public class PageCookieFilter extends HttpFilter {

  /** The request attribute with this browser's name, also on the request that first set it. */
  static final String BROWSER_NAME = PageCookieFilter.class.getName() + ".browser";

  /** The request attribute with the language this request's switch picked, if it picked one. */
  static final String PICKED_LANGUAGE = PageCookieFilter.class.getName() + ".language";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PageCookies cookies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
      request.setAttribute(BROWSER_NAME, browserName(request, response));
      keepPickedLanguage(request, response);
    }
    chain.doFilter(request, response);
  }

  private String browserName(HttpServletRequest request, HttpServletResponse response) {
    return cookies
        .read(request, PageCookies.BROWSER)
        .orElseGet(
            () -> {
              byte[] name = new byte[16];
              RANDOM.nextBytes(name);
              String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(name);
              cookies.put(
                  request, response, PageCookies.BROWSER, fresh, PageCookies.ONE_YEAR_SECONDS);
              return fresh;
            });
  }

  private void keepPickedLanguage(HttpServletRequest request, HttpServletResponse response) {
    String picked;
    try {
      picked = request.getParameter("lang");
    } catch (RuntimeException unreadable) {
      return; // ParameterLimitFilter answers a form the container cannot read.
    }
    if (picked != null && !picked.isBlank()) {
      String language = Languages.forRequest(picked, null).toLanguageTag();
      request.setAttribute(PICKED_LANGUAGE, language);
      cookies.put(request, response, PageCookies.LANGUAGE, language, PageCookies.ONE_YEAR_SECONDS);
    }
  }
}
