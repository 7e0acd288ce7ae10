package io.phonebinding.api.envelope;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Repeats the envelope's request id in an {@code X-Request-Id} header, for proxies and logs. */
@Provider
public class RequestIdHeader implements ContainerResponseFilter {

  @Inject CallContext call;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Request-Id", call.requestId());
  }
}
