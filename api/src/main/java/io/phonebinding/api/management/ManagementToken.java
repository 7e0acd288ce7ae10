package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.phonebinding.operator.ManagementTokens.IssuedManagementToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code GetManagementTokenRespDto} data: a JWT with {@code scoped_userpool_id}. */
@Schema(name = "ManagementToken")
public record ManagementToken(
    @JsonProperty("access_token")
        @Schema(
            description = "A JWT; its scoped_userpool_id claim goes in x-authing-userpool-id",
            example = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln")
        String accessToken,
    @JsonProperty("expires_in") @Schema(example = "3600") long expiresIn) {

  static ManagementToken of(IssuedManagementToken issued) {
    return new ManagementToken(issued.accessToken(), issued.expiresIn());
  }
}
