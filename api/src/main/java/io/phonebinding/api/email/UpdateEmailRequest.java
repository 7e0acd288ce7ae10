package io.phonebinding.api.email;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UpdateEmailDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateEmailRequest(
    @Schema(
            description = "From verify-update-email-request",
            example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA",
            required = true)
        @Size(max = InputLengths.ONE_TIME_TOKEN)
        String updateEmailToken) {}
