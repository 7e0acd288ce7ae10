package io.phonebinding.api.email;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code SendEmailDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendEmailRequest(
    @Schema(
            description =
                "CHANNEL_BIND_EMAIL, CHANNEL_UNBIND_EMAIL or CHANNEL_VERIFY_MFA (the verified address"
                    + " as a second factor)",
            example = "CHANNEL_BIND_EMAIL",
            required = true)
        @Size(max = InputLengths.NAME)
        String channel,
    @Schema(description = "Not case-sensitive", example = "ada@example.com", required = true)
        @Size(max = InputLengths.EMAIL)
        String email) {}
