package io.phonebinding.api.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the envelope straight to a servlet response, for the answers given outside JAX-RS: the
 * request filter and the error page.
 */
@ApplicationScoped
public class EnvelopeWriter {

  private final ObjectMapper mapper = JsonConfiguration.createMapper();

  @Inject CallContext call;

  @Inject Event<RequestRefused> refusals;

  public void write(HttpServletResponse response, int httpStatus, ErrorKind kind)
      throws IOException {
    refusals.fire(new RequestRefused(kind));
    byte[] body = mapper.writeValueAsBytes(call.failure(kind, new Object[0], Map.of()));
    response.resetBuffer();
    response.setStatus(httpStatus);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("X-Request-Id", call.requestId());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
