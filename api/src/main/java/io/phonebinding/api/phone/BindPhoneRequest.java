package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code BindPhoneDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BindPhoneRequest(
    @Schema(description = "Without country code", example = "18888888888", required = true)
        @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
        String phoneNumber,
    @Schema(
            description = "The code sent with CHANNEL_BIND_PHONE",
            example = "123456",
            required = true)
        @Size(max = InputLengths.CODE)
        String passCode,
    @Schema(description = "Optional; +86 when absent", example = "+86")
        @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
        String phoneCountryCode) {}
