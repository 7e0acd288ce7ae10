package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code passCodePayload}: a phone and the code sent to it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PassCodePayload(
    @Schema(
            description = "National number, or with a leading +country code",
            example = "18888888888")
        @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
        String phone,
    @Schema(example = "+86")
        @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
        String phoneCountryCode,
    @Schema(description = "The code sent to the phone", example = "123456", required = true)
        @Size(max = InputLengths.CODE)
        String passCode) {}
