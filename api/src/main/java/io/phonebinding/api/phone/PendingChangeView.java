package io.phonebinding.api.phone;

import io.phonebinding.binding.PendingPhoneChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of number made without the old phone, waiting for its delay. */
@Schema(name = "PendingPhoneChange")
public record PendingChangeView(
    @Schema(
            example = "PENDING",
            enumeration = {"PENDING", "COMPLETED", "CANCELLED"})
        String state,
    @Schema(description = "The new number, masked", example = "139****5678") String newPhone,
    @Schema(example = "2026-12-09T08:00:00Z") String effectiveAt) {

  static PendingChangeView of(PendingPhoneChange change) {
    return new PendingChangeView(
        change.state().name(), change.newPhone().masked(), change.effectiveAt().toString());
  }
}
