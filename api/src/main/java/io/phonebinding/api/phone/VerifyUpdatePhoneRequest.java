package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code VerifyUpdatePhoneRequestDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyUpdatePhoneRequest(
    @Schema(description = "Only PHONE_PASSCODE", example = "PHONE_PASSCODE", required = true)
        @Size(max = InputLengths.NAME)
        String verifyMethod,
    @Valid PhonePassCodePayload phonePassCodePayload) {

  /**
   * Both numbers with their codes: the old one sent on CHANNEL_UNBIND_PHONE, the new on
   * CHANNEL_BIND_PHONE.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "UpdatePhonePassCodePayload")
  public record PhonePassCodePayload(
      @Schema(example = "13912345678", required = true)
          @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
          String newPhoneNumber,
      @Schema(example = "123456", required = true) @Size(max = InputLengths.CODE)
          String newPhonePassCode,
      @Schema(example = "+86")
          @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
          String newPhoneCountryCode,
      @Schema(example = "18888888888", required = true)
          @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
          String oldPhoneNumber,
      @Schema(example = "654321", required = true) @Size(max = InputLengths.CODE)
          String oldPhonePassCode,
      @Schema(example = "+86")
          @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
          String oldPhoneCountryCode) {}
}
