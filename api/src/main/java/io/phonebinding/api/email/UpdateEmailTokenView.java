package io.phonebinding.api.email;

import io.phonebinding.email.EmailChangeToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What verify-update-email-request hands back: the token update-email redeems once. */
@Schema(name = "UpdateEmailToken")
public record UpdateEmailTokenView(
    @Schema(example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA") String updateEmailToken,
    @Schema(description = "Seconds until it expires", example = "300") long tokenExpiresIn) {

  static UpdateEmailTokenView of(EmailChangeToken token) {
    return new UpdateEmailTokenView(token.token(), token.timeToLive().toSeconds());
  }
}
