package io.phonebinding.api.phone;

import io.phonebinding.claim.PhoneClaim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim on a recycled number, as its claimant sees it. */
@Schema(name = "PhoneClaim")
public record ClaimView(
    @Schema(example = "42") long claimId,
    @Schema(description = "The number, masked", example = "188****8888") String phone,
    @Schema(
            example = "PENDING",
            enumeration = {"PENDING", "DISPUTED", "COMPLETED", "CANCELLED", "REFUSED"})
        String state,
    @Schema(example = "2026-12-13T08:00:00Z") String effectiveAt) {

  public static ClaimView of(PhoneClaim claim) {
    return new ClaimView(
        claim.id(), claim.phone().masked(), claim.state().name(), claim.effectiveAt().toString());
  }
}
