package io.phonebinding.api.envelope;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.RequestRefused;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into Authing's envelope. Business refusals and bad input are answered with
 * HTTP 200, as Authing does (its SDKs treat any other status as a transport failure); only what
 * fails before an endpoint is reached (unknown path, wrong method or media type) keeps its HTTP
 * status. Only real server faults are logged, and no answer ever carries a stack trace.
 */
@Provider
public class ErrorEnvelopeMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorEnvelopeMapper.class.getName());

  @Inject CallContext call;

  @Inject Event<RequestRefused> refusals;

  @Override
  public Response toResponse(Throwable thrown) {
    BusinessException business = find(thrown, BusinessException.class);
    if (business != null) {
      // A resource that does not exist (the development outbox in production) is a 404 for any
      // client, as an unknown path is; every other refusal is a business answer.
      int httpStatus = business.kind() == ErrorKind.NOT_FOUND ? 404 : 200;
      return answer(httpStatus, business.kind(), business.messageArguments(), business.data());
    }
    if (find(thrown, NoContentException.class) != null) {
      return answer(200, ErrorKind.MALFORMED_REQUEST, new Object[0], Map.of());
    }
    if (thrown instanceof WebApplicationException web) {
      return clientError(web);
    }
    LOG.log(Level.SEVERE, "Request " + call.requestId() + " failed", thrown);
    return answer(200, ErrorKind.INTERNAL_ERROR, new Object[0], Map.of());
  }

  private Response clientError(WebApplicationException web) {
    if (web instanceof NotFoundException) {
      return answer(404, ErrorKind.NOT_FOUND, new Object[0], Map.of());
    }
    if (web instanceof NotAllowedException) {
      return answer(405, ErrorKind.METHOD_NOT_ALLOWED, new Object[0], Map.of());
    }
    if (web instanceof NotSupportedException) {
      return answer(415, ErrorKind.UNSUPPORTED_MEDIA_TYPE, new Object[0], Map.of());
    }
    if (web instanceof NotAcceptableException) {
      return answer(406, ErrorKind.NOT_ACCEPTABLE, new Object[0], Map.of());
    }
    if (web.getResponse().getStatus() >= 500) {
      LOG.log(Level.SEVERE, "Request " + call.requestId() + " failed", web);
      return answer(200, ErrorKind.INTERNAL_ERROR, new Object[0], Map.of());
    }
    return answer(200, ErrorKind.MALFORMED_REQUEST, new Object[0], Map.of());
  }

  private Response answer(int httpStatus, ErrorKind kind, Object[] args, Map<String, Object> data) {
    refusals.fire(new RequestRefused(kind));
    return Response.status(httpStatus)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(call.failure(kind, args, data))
        .build();
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
