package io.phonebinding.api.sms;

import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.config.Settings;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.sms.DevelopmentOutbox;
import io.phonebinding.sms.KeptSms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The messages the development SMS provider kept; absent with any real provider. */
@Path("dev/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Development")
public class DevelopmentSmsResource {

  @Inject DevelopmentOutbox outbox;

  @Inject Settings settings;

  /**
   * The messages queued for a phone (E.164, e.g. +8618888888888), newest first, as a plain JSON
   * array, with their delivery status. Exists only with the development SMS provider (so never in
   * production mode); answers 404 otherwise.
   */
  @GET
  @Operation(
      operationId = "listDevelopmentSms",
      summary = "Messages queued for a phone (development mode only)",
      description =
          "A plain JSON array, newest first, with delivery status. HTTP 404 (apiCode 6404) unless the development SMS provider delivers (never in production mode).")
  public List<KeptMessage> messages(
      @Parameter(description = "E.164", example = "+8618888888888") @QueryParam("phone")
          String phone) {
    outbox.requireExists();
    if (phone == null || phone.isBlank()) {
      throw RequestFieldException.required("phone");
    }
    PhoneNumber number = PhoneNumber.parse(plusRestored(phone), null, settings.defaultRegion());
    return outbox.messagesTo(number).stream().map(KeptMessage::of).toList();
  }

  /** An unencoded {@code +} in a query string arrives as a space: read it as the plus it was. */
  private static String plusRestored(String phone) {
    return phone.startsWith(" ") ? "+" + phone.strip() : phone.strip();
  }

  /**
   * One message: {@code {"to","channel","text","createdAt"}}, plus where its delivery stands
   * ({@code status}, {@code attempts}, {@code provider}, {@code providerMessageId}).
   */
  public record KeptMessage(
      @Schema(example = "+8618888888888") String to,
      @Schema(example = "CHANNEL_BIND_PHONE") String channel,
      @Schema(
              example =
                  "[Phone Binding] Your verification code is 123456. It is valid for 5 minutes. Do not share it with anyone.\n@localhost #123456")
          String text,
      @Schema(example = "2026-11-27T08:00:00Z") String createdAt,
      @Schema(description = "PENDING, SENDING, SENT, FAILED or EXPIRED", example = "SENT")
          String status,
      @Schema(example = "1") int attempts,
      @Schema(example = "dev") String provider,
      @Schema(example = "dev-42") String providerMessageId) {
    static KeptMessage of(KeptSms message) {
      return new KeptMessage(
          message.recipient(),
          message.purpose(),
          message.text(),
          message.createdAt().toString(),
          message.status().name(),
          message.attempts(),
          message.provider(),
          message.providerMessageId());
    }
  }
}
