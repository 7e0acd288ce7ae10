package io.phonebinding.api.account;

import io.phonebinding.account.UserProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as Authing's {@code UserDto} shows one. */
@Schema(name = "User")
public record ProfileView(
    @Schema(example = "5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33") String userId,
    @Schema(example = "alice") String username,
    @Schema(example = "alice@example.com") String email,
    @Schema(description = "Whether a code sent to it proved it", example = "true")
        boolean emailVerified,
    @Schema(description = "National number, without country code", example = "18888888888")
        String phone,
    @Schema(example = "+86") String phoneCountryCode,
    @Schema(example = "true") boolean phoneVerified,
    @Schema(
            example = "Activated",
            enumeration = {"Activated", "Suspended"})
        String status,
    @Schema(example = "2026-11-27T08:00:00Z") String createdAt,
    @Schema(example = "2026-11-27T08:00:00Z") String updatedAt) {

  public static ProfileView of(UserProfile profile) {
    return new ProfileView(
        profile.userId(),
        profile.username(),
        profile.email(),
        profile.emailVerified(),
        profile.phone() == null ? null : profile.phone().nationalNumber(),
        profile.phone() == null ? null : profile.phone().countryCallingCode(),
        profile.phoneVerified(),
        profile.status().authingName(),
        profile.createdAt().toString(),
        profile.updatedAt().toString());
  }
}
