package io.phonebinding.api.management;

import io.phonebinding.claim.PhoneClaim;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Claims on recycled numbers, newest first, as operators see them. */
@Schema(name = "PhoneClaimList")
public record ClaimList(
    @Schema(
            example =
                "[{\"claimId\": 42, \"phone\": \"188****8888\", \"state\": \"DISPUTED\","
                    + " \"holderId\": \"5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33\","
                    + " \"claimantId\": \"0a1b2c3d-0d7b-4a57-9d1e-2b1f1e0a7c33\","
                    + " \"createdAt\": \"2026-12-06T08:00:00Z\","
                    + " \"effectiveAt\": \"2026-12-13T08:00:00Z\"}]")
        List<OperatorClaimView> list) {

  static ClaimList of(List<PhoneClaim> claims) {
    return new ClaimList(claims.stream().map(OperatorClaimView::of).toList());
  }

  /** One claim, with both accounts. */
  @Schema(name = "OperatorPhoneClaim")
  public record OperatorClaimView(
      @Schema(example = "42") long claimId,
      @Schema(description = "The number, masked", example = "188****8888") String phone,
      @Schema(example = "DISPUTED") String state,
      @Schema(
              description = "The account that has the number bound",
              example = "5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33")
          String holderId,
      @Schema(
              description = "The account of the number's new holder",
              example = "0a1b2c3d-0d7b-4a57-9d1e-2b1f1e0a7c33")
          String claimantId,
      @Schema(example = "2026-12-06T08:00:00Z") String createdAt,
      @Schema(example = "2026-12-13T08:00:00Z") String effectiveAt) {

    static OperatorClaimView of(PhoneClaim claim) {
      return new OperatorClaimView(
          claim.id(),
          claim.phone().masked(),
          claim.state().name(),
          claim.holderId(),
          claim.claimantId(),
          claim.createdAt().toString(),
          claim.effectiveAt().toString());
    }
  }
}
