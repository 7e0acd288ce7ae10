package io.phonebinding.web;

import io.phonebinding.i18n.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The page's language: the one the user picked with the switch ({@code ?lang=en-US}, kept for the
 * session), else the browser's when it asks for one we speak, else Chinese.
 */
@Named
@SessionScoped
public class PageLanguage implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale chosen;

  public Locale getLocale() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    String requested = external.getRequestParameterMap().get("lang");
    if (requested != null && !requested.isBlank()) {
      chosen = Languages.forRequest(requested, null);
    }
    return chosenOr(external.getRequestHeaderMap().get("Accept-Language"));
  }

  /** The language picked with the switch, else the browser's ({@code Accept-Language}). */
  public Locale chosenOr(String acceptLanguage) {
    return chosen != null ? chosen : Languages.forRequest(null, acceptLanguage);
  }

  public String getTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isEnglish() {
    return Languages.ENGLISH.equals(getLocale());
  }
}
