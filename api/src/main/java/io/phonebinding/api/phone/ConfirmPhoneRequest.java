package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code that proves the bound number is still the account holder's. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmPhoneRequest(
    @Schema(
            description = "The code sent with CHANNEL_IDENTITY_VERIFICATION to the bound number",
            example = "123456",
            required = true)
        @Size(max = InputLengths.CODE)
        String passCode) {}
