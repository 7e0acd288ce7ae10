package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code SigninByCredentialsDto}; only the PASSWORD connection is served here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignInRequest(
    @Schema(description = "Only PASSWORD", example = "PASSWORD", required = true) String connection,
    PasswordPayload passwordPayload,
    @JsonProperty("client_id") @Schema(description = "Accepted, not checked", example = "6385a0e3bc5d6c8a2b3f1e2d")
        String clientId,
    @JsonProperty("client_secret") @Schema(description = "Accepted, not checked", example = "not-checked")
        String clientSecret) {

  /** One of username, email, phone or account, and the password. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PasswordPayload(
      @Schema(description = "One of username, email, phone or account", example = "alice") String username,
      @Schema(example = "alice@example.com") String email,
      @Schema(description = "The bound phone, national number", example = "18888888888") String phone,
      @Schema(description = "Username, email or phone; what Authing's SDK sends", example = "alice")
          String account,
      @Schema(example = "correct horse battery", required = true) String password) {

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
