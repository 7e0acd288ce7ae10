package io.phonebinding.api.envelope;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Map;

/**
 * Repeats the envelope's request id in an {@code X-Request-Id} header, for proxies and logs, and
 * gives the answer JAX-RS makes up by itself for {@code OPTIONS} (the allowed methods, as plain
 * text) the envelope too: {@code data.allow} lists what the {@code Allow} header says.
 */
@Provider
public class RequestIdHeader implements ContainerResponseFilter {

  @Inject CallContext call;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Request-Id", call.requestId());
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && !(response.getEntity() instanceof Envelope)) {
      String allow = response.getHeaderString(HttpHeaders.ALLOW);
      response.setEntity(
          call.success(
              Map.of(
                  "allow",
                  allow == null
                      ? new String[0]
                      : Arrays.stream(allow.split(",")).map(String::strip).toArray(String[]::new))),
          null,
          MediaType.APPLICATION_JSON_TYPE);
    }
  }
}
