package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token of a link in a message: it works once. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkTokenRequest(
    @Schema(
            description = "The token query parameter of the link",
            example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA",
            required = true)
        @Size(max = InputLengths.ONE_TIME_TOKEN)
        String token) {}
