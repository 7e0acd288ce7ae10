package io.phonebinding.web;

import io.phonebinding.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** The page's language: the browser's, when it asks for one we speak, else Chinese. */
@Named
@RequestScoped
public class PageLanguage {

  public Locale getLocale() {
    String acceptLanguage =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestHeaderMap()
            .get("Accept-Language");
    return Languages.forRequest(null, acceptLanguage);
  }

  public String getTag() {
    return getLocale().toLanguageTag();
  }
}
