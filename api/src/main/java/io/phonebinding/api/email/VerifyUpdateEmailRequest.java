package io.phonebinding.api.email;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code VerifyUpdateEmailRequestDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyUpdateEmailRequest(
    @Schema(description = "Only EMAIL_PASSCODE", example = "EMAIL_PASSCODE", required = true)
        @Size(max = InputLengths.NAME)
        String verifyMethod,
    @JsonAlias("emailPasscodePayload")
        @Schema(
            description =
                "Authing's Java, Python and Swift SDKs send emailPassCodePayload, its Android SDK"
                    + " emailPasscodePayload: either is read")
        @Valid
        EmailPassCodePayload emailPassCodePayload) {

  /**
   * The new address with its code (CHANNEL_BIND_EMAIL), and the old one with its code
   * (CHANNEL_UNBIND_EMAIL) when the account's address is verified.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "UpdateEmailPassCodePayload")
  public record EmailPassCodePayload(
      @Schema(example = "grace@example.com", required = true) @Size(max = InputLengths.EMAIL)
          String newEmail,
      @Schema(example = "123456", required = true) @Size(max = InputLengths.CODE)
          String newEmailPassCode,
      @Schema(
              description = "Required when the account's address is verified",
              example = "ada@example.com")
          @Size(max = InputLengths.EMAIL)
          String oldEmail,
      @Schema(description = "Required with oldEmail", example = "654321")
          @Size(max = InputLengths.CODE)
          String oldEmailPassCode) {}
}
