package io.phonebinding.api.reset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code VerifyResetPasswordRequestDto}, by phone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyResetPasswordRequest(
    @Schema(description = "Only PHONE_PASSCODE", example = "PHONE_PASSCODE", required = true)
        String verifyMethod,
    PhonePassCodePayload phonePassCodePayload) {

  /** The phone and the code sent to it on CHANNEL_RESET_PASSWORD. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PhonePassCodePayload(
      @Schema(example = "18888888888", required = true) String phoneNumber,
      @Schema(example = "123456", required = true) String passCode,
      @Schema(example = "+86") String phoneCountryCode) {}
}
