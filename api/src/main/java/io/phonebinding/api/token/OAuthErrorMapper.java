package io.phonebinding.api.token;

import io.phonebinding.session.GrantRefusal;
import io.phonebinding.session.GrantRefusedException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused token request in RFC 6749's format (section 5.2): HTTP 400 with {@code {error,
 * error_description}}, or 401 with a Basic challenge for a client that authenticated by header.
 */
@Provider
public class OAuthErrorMapper implements ExceptionMapper<GrantRefusedException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(GrantRefusedException refused) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean basicClient =
        refused.refusal() == GrantRefusal.INVALID_CLIENT
            && authorization != null
            && !authorization.isBlank();
    Response.ResponseBuilder answer =
        Response.status(basicClient ? 401 : 400)
            .type(MediaType.APPLICATION_JSON)
            .entity(new OAuthError(refused.refusal().oauthError(), refused.description()));
    if (basicClient) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"phone-binding\"");
    }
    return noStore(answer);
  }

  /** Token answers are never cached (RFC 6749 5.1). */
  static Response noStore(Response.ResponseBuilder answer) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return answer.cacheControl(noStore).header("Pragma", "no-cache").build();
  }
}
