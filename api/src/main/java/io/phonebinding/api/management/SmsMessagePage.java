package io.phonebinding.api.management;

import io.phonebinding.sms.SmsDelivery;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The messages sent to a number, newest first, as an operator sees them: never their text. */
@Schema(name = "SmsMessagePage")
public record SmsMessagePage(
    @Schema(
            example =
                "[{\"id\": 42, \"to\": \"+86 188****8888\", \"purpose\": \"CHANNEL_LOGIN\","
                    + " \"status\": \"SENT\", \"attempts\": 1, \"provider\": \"twilio\","
                    + " \"createdAt\": \"2026-12-05T08:00:00Z\"}]")
        List<Entry> list) {

  static SmsMessagePage of(List<SmsDelivery> deliveries) {
    return new SmsMessagePage(deliveries.stream().map(Entry::of).toList());
  }

  /** One message: to whom (masked), what for, and where its delivery stands. */
  @Schema(name = "SmsMessage")
  public record Entry(
      @Schema(example = "42") long id,
      @Schema(example = "+86 188****8888") String to,
      @Schema(description = "The code's channel, or a notice", example = "CHANNEL_BIND_PHONE")
          String purpose,
      @Schema(
              example = "SENT",
              enumeration = {"PENDING", "SENDING", "SENT", "FAILED", "EXPIRED"})
          String status,
      @Schema(example = "1") int attempts,
      @Schema(example = "twilio") String provider,
      @Schema(description = "The provider's last refusal, numbers masked", example = "timeout")
          String lastError,
      @Schema(example = "2026-12-05T08:00:00Z") String createdAt,
      @Schema(example = "2026-12-05T08:00:01Z") String sentAt) {

    static Entry of(SmsDelivery delivery) {
      return new Entry(
          delivery.id(),
          delivery.recipientMasked(),
          delivery.purpose(),
          delivery.status().name(),
          delivery.attempts(),
          delivery.provider(),
          delivery.lastError(),
          delivery.createdAt().toString(),
          delivery.sentAt() == null ? null : delivery.sentAt().toString());
    }
  }
}
