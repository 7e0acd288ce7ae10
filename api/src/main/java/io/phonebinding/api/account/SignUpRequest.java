package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's sign-up body for the PASSWORD connection. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpRequest(
    @Schema(example = "PASSWORD", required = true) String connection,
    PasswordPayload passwordPayload) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PasswordPayload(
      @Schema(example = "alice", required = true) String username,
      @Schema(example = "alice@example.com") String email,
      @Schema(example = "correct horse battery", required = true) String password) {}
}
