package io.phonebinding.api.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code SendSMSDto}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendSmsRequest(
    @Schema(example = "CHANNEL_BIND_PHONE", required = true) String channel,
    @Schema(description = "Without country code", example = "18888888888", required = true)
        String phoneNumber,
    @Schema(description = "Optional; +86 when absent", example = "+86") String phoneCountryCode) {}
