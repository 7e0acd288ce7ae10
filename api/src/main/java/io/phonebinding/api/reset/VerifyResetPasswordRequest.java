package io.phonebinding.api.reset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code VerifyResetPasswordRequestDto}, by phone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyResetPasswordRequest(
    @Schema(description = "Only PHONE_PASSCODE", example = "PHONE_PASSCODE", required = true)
        @Size(max = InputLengths.NAME)
        String verifyMethod,
    @Valid PhonePassCodePayload phonePassCodePayload) {

  /** The phone and the code sent to it on CHANNEL_RESET_PASSWORD. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "ResetPasswordPassCodePayload")
  public record PhonePassCodePayload(
      @Schema(example = "18888888888", required = true)
          @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
          String phoneNumber,
      @Schema(example = "123456", required = true) @Size(max = InputLengths.CODE) String passCode,
      @Schema(example = "+86")
          @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
          String phoneCountryCode) {}
}
