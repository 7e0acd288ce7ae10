package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UpdatePasswordDto}; passwords travel in the clear (over TLS) only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdatePasswordRequest(
    @Schema(example = "correct horse battery", required = true) String newPassword,
    @Schema(description = "The password the user has now", example = "old horse battery")
        String oldPassword,
    @Schema(description = "Only none (or absent)", example = "none") String passwordEncryptType) {}
