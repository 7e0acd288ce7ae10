package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's sign-up body: the PASSWORD and PASSCODE connections. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpRequest(
    @Schema(description = "PASSWORD or PASSCODE", example = "PASSWORD", required = true)
        @Size(max = InputLengths.NAME)
        String connection,
    @Valid PasswordPayload passwordPayload,
    @Schema(description = "For PASSCODE: the phone and a code sent on CHANNEL_REGISTER") @Valid
        PassCodePayload passCodePayload,
    @Schema(description = "For PASSCODE: what else the new account gets") @Valid Profile profile) {

  /**
   * Authing's {@code SignUpProfileDto}: this server keeps {@code preferredUsername} (as the
   * username) and {@code email}; the other fields are accepted and not stored.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Profile(
      @Schema(description = "The username, under the sign-up rules", example = "alice")
          @Size(max = InputLengths.USERNAME)
          String preferredUsername,
      @Schema(example = "alice@example.com") @Size(max = InputLengths.EMAIL) String email) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "SignUpPasswordPayload")
  public record PasswordPayload(
      @Schema(example = "alice", required = true) @Size(max = InputLengths.USERNAME)
          String username,
      @Schema(example = "alice@example.com") @Size(max = InputLengths.EMAIL) String email,
      @Schema(example = "correct horse battery", required = true) @Size(max = InputLengths.PASSWORD)
          String password) {}
}
