package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new access key: its name (shown in the audit trail) and its scope. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateAccessKeyRequest(
    @Schema(example = "support-desk", required = true) @Size(max = InputLengths.NAME) String name,
    @Schema(
            example = "write",
            enumeration = {"read", "write"},
            required = true)
        @Size(max = InputLengths.NAME)
        String scope) {}
