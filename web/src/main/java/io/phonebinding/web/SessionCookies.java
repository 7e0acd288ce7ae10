package io.phonebinding.web;

import io.phonebinding.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is HttpOnly and SameSite=Strict (web.xml), and Secure in production mode (or
 * when {@code phonebind.web.secure-cookies} says so): a production page is served over HTTPS, a
 * development one often over plain http://localhost.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Inject Settings settings;

  @Inject
  @ConfigProperty(name = "phonebind.web.secure-cookies")
  Optional<Boolean> secureCookies;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure = secureCookies.orElse(!settings.isDevelopmentMode());
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setSecure(secure);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Strict");
  }
}
