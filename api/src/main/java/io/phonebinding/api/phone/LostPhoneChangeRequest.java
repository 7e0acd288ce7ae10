package io.phonebinding.api.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of number without the old phone: the new number's code and the other factors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LostPhoneChangeRequest(
    @Schema(description = "Without country code", example = "13912345678", required = true)
        @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
        String newPhoneNumber,
    @Schema(description = "Optional; +86 when absent", example = "+86")
        @Size(max = InputLengths.COUNTRY_CODE, payload = PhoneNumberField.class)
        String newPhoneCountryCode,
    @Schema(description = "Sent with CHANNEL_BIND_PHONE", example = "123456", required = true)
        @Size(max = InputLengths.CODE)
        String newPhonePassCode,
    @Schema(description = "The account's password", example = "correct-horse-42", required = true)
        @Size(max = InputLengths.PASSWORD)
        String password,
    @Schema(
            description =
                "Sent with send-email on CHANNEL_VERIFY_MFA to the account's verified e-mail;"
                    + " required when it has one",
            example = "654321")
        @Size(max = InputLengths.CODE)
        String emailPassCode) {}
