package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UpdatePasswordDto}; passwords travel in the clear (over TLS) only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdatePasswordRequest(
    @Schema(example = "correct horse battery", required = true) @Size(max = InputLengths.PASSWORD)
        String newPassword,
    @Schema(description = "The password the user has now", example = "old horse battery")
        @Size(max = InputLengths.PASSWORD)
        String oldPassword,
    @Schema(description = "Only none (or absent)", example = "none") @Size(max = InputLengths.NAME)
        String passwordEncryptType) {}
