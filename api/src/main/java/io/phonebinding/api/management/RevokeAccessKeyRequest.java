package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access key to revoke. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevokeAccessKeyRequest(
    @Schema(example = "k_3f9a1c2e7b4d", required = true) @Size(max = InputLengths.NAME)
        String accessKeyId) {}
