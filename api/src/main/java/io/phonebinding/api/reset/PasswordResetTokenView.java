package io.phonebinding.api.reset;

import io.phonebinding.reset.ResetGrant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What verify-reset-password-request hands back: the token reset-password spends once. */
@Schema(name = "PasswordResetToken")
public record PasswordResetTokenView(
    @Schema(example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA") String passwordResetToken,
    @Schema(description = "Seconds until it expires", example = "600") long tokenExpiresIn) {

  static PasswordResetTokenView of(ResetGrant grant) {
    return new PasswordResetTokenView(grant.token(), grant.expiresIn().toSeconds());
  }
}
