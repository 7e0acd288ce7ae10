package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Authing's {@code UpdateUserReqDto}, the fields this service keeps; absent ones stay as they are.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserRequest(
    @Schema(example = "5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33", required = true)
        @Size(max = InputLengths.ONE_TIME_TOKEN)
        String userId,
    @Schema(
            description = "A number to give the user (without country code); \"\" frees the number",
            example = "18888888888")
        @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
        String phone,
    @Schema(description = "Optional; +86 when absent", example = "+86")
        @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
        String phoneCountryCode,
    @Schema(example = "true") Boolean phoneVerified,
    @Schema(
            example = "Suspended",
            enumeration = {"Activated", "Suspended"})
        @Size(max = InputLengths.NAME)
        String status,
    @Schema(example = "alice") @Size(max = InputLengths.USERNAME) String username,
    @Schema(example = "alice@example.com") @Size(max = InputLengths.EMAIL) String email,
    @Schema(
            description =
                "This service's own: why, kept in the audit trail (or the x-phonebind-reason"
                    + " header, percent-encoded, which Authing's SDK can send)",
            example = "ticket 4711: the number was reassigned by the carrier")
        @Size(max = InputLengths.REASON)
        String reason) {}
