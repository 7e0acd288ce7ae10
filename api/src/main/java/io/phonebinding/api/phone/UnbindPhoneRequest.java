package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UnbindPhoneDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnbindPhoneRequest(
    @Schema(
            description = "The code sent with CHANNEL_UNBIND_PHONE to the bound number",
            example = "123456",
            required = true)
        @Size(max = InputLengths.CODE)
        String passCode) {}
