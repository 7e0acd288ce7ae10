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
        PassCodePayload passCodePayload,
    @Schema(description = "For PASSCODE: what else the new account gets") Profile profile) {

  /**
   * Authing's {@code SignUpProfileDto}: this server keeps {@code preferredUsername} (as the
   * username) and {@code email}; the other fields are accepted and not stored.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Profile(
      @Schema(description = "The username, under the sign-up rules", example = "alice")
          String preferredUsername,
      @Schema(example = "alice@example.com") String email) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PasswordPayload(
      @Schema(example = "alice", required = true) String username,
      @Schema(example = "alice@example.com") String email,
      @Schema(example = "correct horse battery", required = true) String password) {}
}
