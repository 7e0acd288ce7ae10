package io.phonebinding.api.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Authing's response envelope. {@code statusCode} is the business status, {@code apiCode} the
 * stable error number (0 on success).
 */
@JsonPropertyOrder({"statusCode", "message", "apiCode", "requestId", "data"})
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Authing's envelope, on every answer of /api/v3")
public record Envelope(
    @Schema(
            description = "Business status: 200, 400, 401, 403, 404, 409, 429 or 500",
            example = "200")
        int statusCode,
    @Schema(description = "Human-readable, in the caller's language", example = "success")
        String message,
    @Schema(description = "0 on success, else the error's stable number", example = "0")
        int apiCode,
    @Schema(
            description = "Identifies this request in the server's logs",
            example = "0b7a4c1e-8f2d-4e6b-a1c3-5d9e7f2b4a60")
        String requestId,
    @Schema(
            description = "The result; null on errors unless the error carries data",
            example = "{\"phone\": \"18888888888\", \"phoneCountryCode\": \"+86\"}")
        Object data) {}
