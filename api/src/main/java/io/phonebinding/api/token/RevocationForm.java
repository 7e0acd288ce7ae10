package io.phonebinding.api.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The form of {@code POST /oidc/token/revocation}, for the OpenAPI document only. */
@Schema(name = "RevocationForm", requiredProperties = "token")
public record RevocationForm(
    @Schema(
            description = "An access or a refresh token",
            example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA")
        String token,
    @Schema(
            enumeration = {"access_token", "refresh_token"},
            example = "refresh_token")
        String token_type_hint,
    @Schema(description = "Or HTTP Basic", example = "my-app") String client_id,
    @Schema(description = "Or HTTP Basic", example = "my-app-secret") String client_secret) {}
