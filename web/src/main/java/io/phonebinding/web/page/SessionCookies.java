package io.phonebinding.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The page keeps nothing in an HTTP session; should anything in the stack start one, its cookie
 * gets the same protections as the page's own (HttpOnly and SameSite=Strict in web.xml, Secure
 * here).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Inject PageCookies cookies;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setSecure(cookies.secure());
  }
}
