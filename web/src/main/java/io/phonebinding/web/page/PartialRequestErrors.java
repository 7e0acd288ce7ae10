package io.phonebinding.web.page;

import io.phonebinding.i18n.Messages;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page sends no Faces partial (ajax) requests, but anyone can: Mojarra would answer an error in
 * one with the exception's class and message. Here an expired or forged view state is answered as a
 * full post is (a redirect to the page, which says its form expired), and any other error with the
 * page's own words; the class stays in the server's log.
 */
class PartialRequestErrors extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PartialRequestErrors.class.getName());

  PartialRequestErrors(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (context.getPartialViewContext().isAjaxRequest() && events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      clear();
      try {
        answer(context, thrown);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
      return;
    }
    getWrapped().handle();
  }

  private void clear() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      events.next();
      events.remove();
    }
  }

  private static void answer(FacesContext context, Throwable thrown) throws IOException {
    ExternalContext external = context.getExternalContext();
    if (ErrorPage.causedBy(thrown, ViewExpiredException.class)) {
      String viewId =
          thrown instanceof ViewExpiredException expired && expired.getViewId() != null
              ? expired.getViewId()
              : "/";
      external.redirect(ErrorPage.expiredPage((HttpServletRequest) external.getRequest(), viewId));
      return;
    }
    LOG.log(Level.SEVERE, "A partial request of the page failed", thrown);
    external.setResponseContentType("text/xml");
    external.setResponseCharacterEncoding("UTF-8");
    PartialResponseWriter writer = context.getPartialViewContext().getPartialResponseWriter();
    writer.startDocument();
    writer.startError("serverError");
    writer.write(Messages.format(Feedback.locale(), "page.error.failed"));
    writer.endError();
    writer.endDocument();
  }
}
