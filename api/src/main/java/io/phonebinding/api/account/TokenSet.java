package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.phonebinding.account.IssuedTokens;

/** Authing's {@code LoginTokenResponseDataDto}. */
public record TokenSet(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("id_token") String idToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expire_in") long expireIn,
    @JsonProperty("scope") String scope) {

  static TokenSet of(IssuedTokens tokens) {
    return new TokenSet(
        tokens.accessToken(),
        tokens.idToken(),
        "Bearer",
        tokens.expiresInSeconds(),
        tokens.scope());
  }
}
