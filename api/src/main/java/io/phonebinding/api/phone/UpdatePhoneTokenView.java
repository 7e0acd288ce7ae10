package io.phonebinding.api.phone;

import io.phonebinding.binding.PhoneChangeToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What verify-update-phone-request hands back: the token update-phone redeems once. */
@Schema(name = "UpdatePhoneToken")
public record UpdatePhoneTokenView(
    @Schema(example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA") String updatePhoneToken,
    @Schema(description = "Seconds until it expires", example = "300") long tokenExpiresIn) {

  static UpdatePhoneTokenView of(PhoneChangeToken token) {
    return new UpdatePhoneTokenView(token.token(), token.expiresIn().toSeconds());
  }
}
