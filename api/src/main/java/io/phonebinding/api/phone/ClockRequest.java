package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far to move the development clock forward. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClockRequest(
    @Schema(description = "Seconds, 0 or more", example = "604800", required = true)
        Long advanceSeconds) {}
