package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number or range to put on a list, or to take off (then {@code list} is not read). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberRuleRequest(
    @Schema(
            description = "E.164, whole or a prefix of at least the country code",
            example = "+86170",
            required = true)
        @Size(max = InputLengths.PHONE)
        String number,
    @Schema(
            example = "BLOCK",
            enumeration = {"BLOCK", "SAFE"})
        @Size(max = InputLengths.NAME)
        String list,
    @Schema(example = "premium-rate range abused on 2026-12-01", required = true)
        @Size(max = InputLengths.REASON)
        String reason) {}
