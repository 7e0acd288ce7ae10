package io.phonebinding.web.page;

import io.phonebinding.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The page's language: the one the user picked with the switch ({@code ?lang=en-US}, kept in a
 * cookie by {@link PageCookieFilter}), else the browser's when it asks for one we speak, else
 * Chinese.
 */
@Named
@RequestScoped
public class PageLanguage {

  @Inject HttpServletRequest request;

  @Inject PageCookies cookies;

  public Locale getLocale() {
    return chosenOr(request.getHeader("Accept-Language"));
  }

  /** The language picked with the switch, else the browser's ({@code Accept-Language}). */
  public Locale chosenOr(String acceptLanguage) {
    return Languages.forRequest(picked(), acceptLanguage);
  }

  /** The language this request's switch picked, else the one kept in the cookie. */
  private String picked() {
    Object switched = request.getAttribute(PageCookieFilter.PICKED_LANGUAGE);
    return switched != null
        ? (String) switched
        : cookies.read(request, PageCookies.LANGUAGE).orElse(null);
  }

  public String getTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isEnglish() {
    return Languages.ENGLISH.equals(getLocale());
  }
}
