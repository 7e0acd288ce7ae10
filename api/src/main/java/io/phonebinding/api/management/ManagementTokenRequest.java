package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What Authing's {@code ManagementClient} posts for a management token. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManagementTokenRequest(
    @Schema(example = "k_3f9a1c2e7b4d", required = true) @Size(max = InputLengths.NAME)
        String accessKeyId,
    @Schema(example = "q3Jx0dXn2nYH3lG6k8w1Vb4T9sPzA7uR5eCmLfQoWjI", required = true)
        @Size(max = InputLengths.CLIENT_SECRET)
        String accessKeySecret) {}
