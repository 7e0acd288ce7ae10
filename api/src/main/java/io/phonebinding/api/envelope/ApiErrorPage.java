package io.phonebinding.api.envelope;

import io.phonebinding.error.ErrorKind;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's error page (web.xml): whatever the container itself refuses or fails on (a request it
 * cannot parse, too many parameters, a fault outside JAX-RS) is still answered with the envelope,
 * never with the container's HTML or a stack trace.
 */
@WebServlet("/error")
public class ApiErrorPage extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ApiErrorPage.class.getName());

  @Inject EnvelopeWriter envelopes;

  @Inject CallContext call;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      envelopes.write(response, 404, ErrorKind.NOT_FOUND);
      return;
    }
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer number ? number : 500;
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (code >= 500) {
      LOG.log(
          Level.SEVERE,
          "Request " + call.requestId() + " failed in the container",
          (Throwable) thrown);
      envelopes.write(response, 200, ErrorKind.INTERNAL_ERROR);
      return;
    }
    envelopes.write(response, code, kindOf(code));
  }

  private static ErrorKind kindOf(int status) {
    return switch (status) {
      case 404 -> ErrorKind.NOT_FOUND;
      case 405 -> ErrorKind.METHOD_NOT_ALLOWED;
      case 406 -> ErrorKind.NOT_ACCEPTABLE;
      case 415 -> ErrorKind.UNSUPPORTED_MEDIA_TYPE;
      default -> ErrorKind.REQUEST_UNREADABLE;
    };
  }
}
