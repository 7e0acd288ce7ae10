package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.phonebinding.session.IssuedTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code LoginTokenResponseDataDto}. */
public record TokenSet(
    @JsonProperty("access_token") @Schema(example = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln")
        String accessToken,
    @JsonProperty("id_token") @Schema(example = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln") String idToken,
    @JsonProperty("refresh_token")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description = "Only when options.scope asks for offline_access",
            example = "q3Jx0dXn2nYH3lG6k8w1Vb4T9sPzA7uR5eCmLfQoWjI")
        String refreshToken,
    @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
    @JsonProperty("expire_in") @Schema(example = "86400") long expireIn,
    @JsonProperty("scope") @Schema(example = "openid profile phone offline_access") String scope) {

  static TokenSet of(IssuedTokens tokens) {
    return new TokenSet(
        tokens.accessToken(),
        tokens.idToken(),
        tokens.refreshToken(),
        "Bearer",
        tokens.expiresInSeconds(),
        tokens.scope());
  }
}
