package io.phonebinding.api.management;

import io.phonebinding.sms.SmsDelivery;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The messages sent to a number, newest first, as an operator sees them: never their text. */
@Schema(name = "SmsMessagePage")
public record SmsMessagePage(
    @Schema(
            example =
                "[{\"id\": 42, \"to\": \"+86 188****8888\", \"purpose\": \"CHANNEL_LOGIN\","
                    + " \"status\": \"DELIVERED\", \"provider\": \"webhook\", \"createdAt\":"
                    + " \"2026-12-05T08:00:00Z\", \"attempts\": [{\"provider\": \"aliyun\","
                    + " \"state\": \"NO_RECEIPT\"}, {\"provider\": \"webhook\", \"state\":"
                    + " \"DELIVERED\"}]}]")
        List<Entry> list) {

  static SmsMessagePage of(List<SmsDelivery> deliveries) {
    return new SmsMessagePage(deliveries.stream().map(Entry::of).toList());
  }

  /** One message (a delivery group): to whom (masked), what for, where it stands, its attempts. */
  @Schema(name = "SmsMessage")
  public record Entry(
      @Schema(example = "42") long id,
      @Schema(example = "+86 188****8888") String to,
      @Schema(description = "The code's channel, or a notice", example = "CHANNEL_BIND_PHONE")
          String purpose,
      @Schema(
              example = "DELIVERED",
              enumeration = {
                "PENDING",
                "SENDING",
                "ACCEPTED",
                "SENT",
                "DELIVERED",
                "FAILED",
                "EXPIRED",
                "SETTLED"
              })
          String status,
      @Schema(description = "The provider of the last attempt", example = "webhook")
          String provider,
      @Schema(description = "The last refusal, numbers masked", example = "no receipt in time")
          String lastError,
      @Schema(example = "2026-12-05T08:00:00Z") String createdAt,
      @Schema(description = "When a provider first accepted it", example = "2026-12-05T08:00:01Z")
          String sentAt,
      @Schema(
              description = "Each try of a provider, oldest first",
              example = "[{\"provider\": \"aliyun\", \"state\": \"NO_RECEIPT\"}]")
          List<Attempt> attempts) {

    static Entry of(SmsDelivery delivery) {
      return new Entry(
          delivery.id(),
          delivery.recipientMasked(),
          delivery.purpose(),
          delivery.status().name(),
          delivery.provider(),
          delivery.lastError(),
          text(delivery.createdAt()),
          text(delivery.sentAt()),
          delivery.attempts().stream().map(Attempt::of).toList());
    }
  }

  /** One try of one provider and what its receipt (or its absence) said. */
  @Schema(name = "SmsAttempt")
  public record Attempt(
      @Schema(example = "aliyun") String provider,
      @Schema(
              example = "DELIVERED",
              enumeration = {
                "PENDING",
                "SUBMITTING",
                "ACCEPTED",
                "NO_RECEIPT",
                "DELIVERED",
                "UNDELIVERED",
                "FAILED"
              })
          String state,
      @Schema(description = "The provider's error, numbers masked", example = "30003") String error,
      @Schema(example = "2026-12-05T08:00:00Z") String createdAt,
      @Schema(example = "2026-12-05T08:00:01Z") String submittedAt,
      @Schema(example = "2026-12-05T08:00:07Z") String receiptAt) {

    static Attempt of(SmsDelivery.Attempt attempt) {
      return new Attempt(
          attempt.provider(),
          attempt.state().name(),
          attempt.error(),
          text(attempt.createdAt()),
          text(attempt.submittedAt()),
          text(attempt.receiptAt()));
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
