package io.phonebinding.api.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749's error response (section 5.2): no envelope. */
public record OAuthError(
    @Schema(
            description =
                "invalid_request, invalid_client, invalid_grant or unsupported_grant_type",
            example = "invalid_grant")
        String error,
    @JsonProperty("error_description") @Schema(example = "the refresh token was already used")
        String errorDescription) {}
