package io.phonebinding.api.email;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code BindEmailDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BindEmailRequest(
    @Schema(example = "ada@example.com", required = true) @Size(max = InputLengths.EMAIL)
        String email,
    @Schema(
            description = "The code sent with CHANNEL_BIND_EMAIL",
            example = "123456",
            required = true)
        @Size(max = InputLengths.CODE)
        String passCode) {}
