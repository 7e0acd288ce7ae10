package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's sign-up body: the PASSWORD and PASSCODE connections. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpRequest(
    @Schema(description = "PASSWORD or PASSCODE", example = "PASSWORD", required = true)
        String connection,
    PasswordPayload passwordPayload,
    @Schema(description = "For PASSCODE: the phone and a code sent on CHANNEL_REGISTER")
        PassCodePayload passCodePayload) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PasswordPayload(
      @Schema(example = "alice", required = true) String username,
      @Schema(example = "alice@example.com") String email,
      @Schema(example = "correct horse battery", required = true) String password) {}
}
