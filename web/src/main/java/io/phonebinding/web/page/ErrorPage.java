package io.phonebinding.web.page;

import io.phonebinding.i18n.Messages;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page's own error page (web.xml), in the page's language, with no stack trace and no server
 * name in any mode. A form posted after its view expired (a session that timed out, a server
 * restart) is not an error for the user: they are sent back to the page, which says so.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  /** The query parameter that makes the page say its form had expired. */
  static final String EXPIRED = "expired";

  private static final Set<String> PAGES_OF_THEIR_OWN = Set.of("/signup.xhtml", "/reset.xhtml");

  @Inject PageLanguage language;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      render(request, response, 404);
      return;
    }
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (causedBy(thrown, ViewExpiredException.class)) {
      String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
      String context = request.getContextPath();
      response.sendRedirect(
          expiredPage(request, uri.startsWith(context) ? uri.substring(context.length()) : uri));
      return;
    }
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer number ? number : 500;
    if (code >= 500) {
      LOG.log(
          Level.SEVERE,
          "Page request failed: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          thrown);
    }
    render(request, response, code);
  }

  /** The page the expired form was on, saying so, so the user lands where they were. */
  static String expiredPage(HttpServletRequest request, String viewId) {
    String context = request.getContextPath();
    String page = PAGES_OF_THEIR_OWN.contains(viewId) ? context + viewId : context + "/";
    return page + "?" + EXPIRED + "=1";
  }

  private void render(HttpServletRequest request, HttpServletResponse response, int code)
      throws IOException {
    Locale locale = language.chosenOr(request.getHeader("Accept-Language"));
    String kind = code == 404 ? "notFound" : code < 500 ? "badRequest" : "failed";
    response.resetBuffer();
    response.setStatus(code);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter page = response.getWriter();
    page.print(
        "<!DOCTYPE html><html lang=\""
            + locale.toLanguageTag()
            + "\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
            + Messages.format(locale, "page.title")
            + "</title>"
            + "<link rel=\"stylesheet\" href=\""
            + request.getContextPath()
            + "/jakarta.faces.resource/page.css.xhtml?ln=css\"/>"
            + "</head><body><main class=\"content\"><h1>"
            + Messages.format(locale, "page.error." + kind)
            + "</h1><p>"
            + Messages.format(locale, "page.error." + kind + ".detail")
            + "</p><p><a href=\""
            + request.getContextPath()
            + "/\">"
            + Messages.format(locale, "page.error.back")
            + "</a></p></main></body></html>");
  }

  static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable cause = thrown;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
