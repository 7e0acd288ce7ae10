package io.phonebinding.api.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code SendSMSDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendSmsRequest(
    @Schema(example = "CHANNEL_BIND_PHONE", required = true) @Size(max = InputLengths.NAME)
        String channel,
    @Schema(description = "Without country code", example = "18888888888", required = true)
        @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
        String phoneNumber,
    @Schema(description = "Optional; +86 when absent", example = "+86")
        @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
        String phoneCountryCode) {}
