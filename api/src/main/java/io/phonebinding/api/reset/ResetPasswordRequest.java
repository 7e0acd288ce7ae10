package io.phonebinding.api.reset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code ResetPasswordDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResetPasswordRequest(
    @Schema(
            description = "From verify-reset-password-request; works once",
            example = "q3Jx0dXn2nYH3lG6k8w1Vb4T9sPzA7uR5eCmLfQoWjI",
            required = true)
        @Size(max = InputLengths.ONE_TIME_TOKEN)
        String passwordResetToken,
    @Schema(example = "correct horse battery", required = true) @Size(max = InputLengths.PASSWORD)
        String password,
    @Schema(description = "Only none (or absent)", example = "none") @Size(max = InputLengths.NAME)
        String passwordEncryptType) {}
