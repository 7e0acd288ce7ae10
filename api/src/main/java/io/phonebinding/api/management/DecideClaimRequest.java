package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's decision on a claim on a recycled number. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecideClaimRequest(
    @Schema(example = "42", required = true) Long claimId,
    @Schema(
            description = "MOVE: the number goes to the claimant now; KEEP: it stays its holder's",
            example = "KEEP",
            enumeration = {"MOVE", "KEEP"},
            required = true)
        @Size(max = InputLengths.NAME)
        String decision,
    @Schema(example = "holder showed the SIM card in a video call", required = true)
        @Size(max = InputLengths.REASON)
        String reason) {}
