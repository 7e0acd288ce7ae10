package io.phonebinding.api.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.phonebinding.session.IssuedTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749's access token response (section 5.1), as Authing's {@code /oidc/token} gives it. */
public record OAuthTokens(
    @JsonProperty("access_token") @Schema(example = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln")
        String accessToken,
    @JsonProperty("id_token") @Schema(example = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln") String idToken,
    @JsonProperty("refresh_token")
        @Schema(
            description = "The next refresh token; the one sent is spent",
            example = "q3Jx0dXn2nYH3lG6k8w1Vb4T9sPzA7uR5eCmLfQoWjI")
        String refreshToken,
    @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
    @JsonProperty("expires_in") @Schema(example = "86400") long expiresIn,
    @JsonProperty("scope") @Schema(example = "openid profile phone offline_access") String scope) {

  static OAuthTokens of(IssuedTokens tokens) {
    return new OAuthTokens(
        tokens.accessToken(),
        tokens.idToken(),
        tokens.refreshToken(),
        "Bearer",
        tokens.expiresInSeconds(),
        tokens.scope());
  }
}
