package io.phonebinding.api.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The form of {@code POST /oidc/token}, for the OpenAPI document only: the resource reads the form
 * field by field, since OAuth refuses repeated fields (RFC 6749 section 3.2).
 */
@Schema(
    name = "RefreshTokenForm",
    requiredProperties = {"grant_type", "refresh_token"})
public record RefreshTokenForm(
    @Schema(enumeration = "refresh_token", example = "refresh_token") String grant_type,
    @Schema(example = "q8Zf3v0xK1Yc9b2W7nR4tL6sD5aH0jE3mP8uG1iO2kA") String refresh_token,
    @Schema(description = "Or HTTP Basic", example = "my-app") String client_id,
    @Schema(description = "Or HTTP Basic", example = "my-app-secret") String client_secret) {}
