package io.phonebinding.api.token;

import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.session.GrantRefusal;
import io.phonebinding.session.GrantRefusedException;
import io.phonebinding.signin.SignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Authing's OIDC token and revocation endpoints, reached at {@code /oidc/...} (the server rewrites
 * them to this module): plain OAuth JSON, no envelope; refusals are answered by {@link
 * OAuthErrorMapper}.
 */
@Path("oidc/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class OidcTokenResource {

  private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;

  @Inject SignIn signIn;

  @Inject CallContext call;

  @POST
  @Consumes(FORM)
  @Operation(
      operationId = "getNewAccessTokenByRefreshToken",
      summary = "Refresh tokens (OAuth 2.0 refresh_token grant)",
      description =
          "POST /oidc/token, form-urlencoded: grant_type=refresh_token, refresh_token, client_id,"
              + " client_secret (or HTTP Basic). Refresh tokens rotate: the answer carries the next"
              + " one and the one sent is spent; presenting a spent one ends its whole sign-in"
              + " session. Errors (HTTP 400, RFC 6749 5.2): invalid_request, invalid_client (401"
              + " with Basic), invalid_grant, unsupported_grant_type.")
  @APIResponse(
      responseCode = "200",
      description = "The new tokens",
      content = @Content(schema = @Schema(implementation = OAuthTokens.class)))
  @APIResponse(
      responseCode = "400",
      description = "RFC 6749 error",
      content = @Content(schema = @Schema(implementation = OAuthError.class)))
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = FORM, schema = @Schema(implementation = RefreshTokenForm.class)))
  public Response token(
      MultivaluedMap<String, String> form,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String grantType = OAuthForm.single(form, "grant_type");
    if (grantType == null) {
      throw new GrantRefusedException(GrantRefusal.INVALID_REQUEST, "grant_type is required");
    }
    if (!"refresh_token".equals(grantType)) {
      throw new GrantRefusedException(
          GrantRefusal.UNSUPPORTED_GRANT_TYPE, "only refresh_token is supported");
    }
    ClientCredentials client = ClientCredentials.of(authorization, form);
    return OAuthErrorMapper.noStore(
        Response.ok(
            OAuthTokens.of(
                signIn.refresh(
                    OAuthForm.single(form, "refresh_token"),
                    client.id(),
                    client.secret(),
                    call.origin()))));
  }

  @POST
  @Path("revocation")
  @Consumes(FORM)
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke an access or refresh token (RFC 7009)",
      description =
          "POST /oidc/token/revocation, form-urlencoded: token, optional token_type_hint,"
              + " client_id, client_secret (or HTTP Basic). Always 200 for any token: the token's"
              + " sign-in session ends, with its access and refresh tokens. Errors (RFC 6749 5.2):"
              + " invalid_request without a token (400), invalid_client when apps are listed and"
              + " the client is not one (400; 401 with Basic).")
  @APIResponse(responseCode = "200", description = "Revoked, or nothing to revoke: {}")
  @APIResponse(
      responseCode = "400",
      description = "RFC 6749 error",
      content = @Content(schema = @Schema(implementation = OAuthError.class)))
  @RequestBody(
      required = true,
      content = @Content(mediaType = FORM, schema = @Schema(implementation = RevocationForm.class)))
  public Response revoke(
      MultivaluedMap<String, String> form,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    ClientCredentials client = ClientCredentials.of(authorization, form);
    signIn.revoke(OAuthForm.single(form, "token"), client.id(), client.secret(), call.origin());
    return OAuthErrorMapper.noStore(Response.ok(Map.of(), MediaType.APPLICATION_JSON));
  }

  /** A body other than a form is no OAuth request. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(hidden = true)
  public Response tokenWithoutForm() {
    throw new GrantRefusedException(
        GrantRefusal.INVALID_REQUEST, "send application/x-www-form-urlencoded");
  }

  @POST
  @Path("revocation")
  @Consumes(MediaType.WILDCARD)
  @Operation(hidden = true)
  public Response revokeWithoutForm() {
    return tokenWithoutForm();
  }
}
