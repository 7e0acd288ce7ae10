package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code KickUsersDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KickUsersRequest(
    @Schema(example = "5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33", required = true)
        @Size(max = InputLengths.ONE_TIME_TOKEN)
        String userId,
    @Schema(
            description = "The apps whose sessions end; all of them when empty or absent",
            example = "[\"phone-binding-web\"]")
        @Size(max = 100)
        List<@Size(max = InputLengths.CLIENT_ID) String> appIds,
    @Schema(
            description = "This service's own: why, kept in the audit trail",
            example = "ticket 4711")
        @Size(max = InputLengths.REASON)
        String reason) {}
