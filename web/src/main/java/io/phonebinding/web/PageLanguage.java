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
    if (chosen != null) {
      return chosen;
    }
    return Languages.forRequest(null, external.getRequestHeaderMap().get("Accept-Language"));
  }

  public String getTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isEnglish() {
    return Languages.ENGLISH.equals(getLocale());
  }

}
