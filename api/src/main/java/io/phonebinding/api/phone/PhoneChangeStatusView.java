package io.phonebinding.api.phone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What of the account's number waits: a change without the old phone, a claim it makes. */
@Schema(name = "PhoneChangeStatus")
public record PhoneChangeStatusView(
    @Schema(description = "null when none waits") PendingChangeView pendingChange,
    @Schema(description = "The claim this account makes on a number; null when none stands")
        ClaimView claim) {}
