package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code VerifyUpdatePhoneRequestDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyUpdatePhoneRequest(
    @Schema(description = "Only PHONE_PASSCODE", example = "PHONE_PASSCODE", required = true)
        String verifyMethod,
    PhonePassCodePayload phonePassCodePayload) {

  /**
   * Both numbers with their codes: the old one sent on CHANNEL_UNBIND_PHONE, the new on
   * CHANNEL_BIND_PHONE.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PhonePassCodePayload(
      @Schema(example = "13912345678", required = true) String newPhoneNumber,
      @Schema(example = "123456", required = true) String newPhonePassCode,
      @Schema(example = "+86") String newPhoneCountryCode,
      @Schema(example = "18888888888", required = true) String oldPhoneNumber,
      @Schema(example = "654321", required = true) String oldPhonePassCode,
      @Schema(example = "+86") String oldPhoneCountryCode) {}
}
