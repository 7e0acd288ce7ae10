package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code SigninByCredentialsDto}; only the PASSWORD connection is served here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignInRequest(
    @Schema(description = "Only PASSWORD", example = "PASSWORD", required = true) String connection,
    PasswordPayload passwordPayload,
    @JsonProperty("client_id") @Schema(description = "Accepted, not checked") String clientId,
    @JsonProperty("client_secret") @Schema(description = "Accepted, not checked") String clientSecret) {

  /** One of username, email, phone or account, and the password. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PasswordPayload(
      String username, String email, String phone, String account, String password) {

    /** Whichever identifier the client sent; Authing's SDK sends {@code account}. */
    String identifier() {
      for (String candidate : new String[] {account, username, email, phone}) {
        if (candidate != null && !candidate.isBlank()) {
          return candidate;
        }
      }
      return null;
    }
  }
}
