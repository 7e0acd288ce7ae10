package io.phonebinding.api.email;

import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.sms.DevelopmentOutbox;
import io.phonebinding.sms.KeptMail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The e-mail development mode keeps readable; absent with any real SMS provider. */
@Path("dev/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Development")
public class DevelopmentMailResource {

  @Inject DevelopmentOutbox outbox;

  /**
   * The e-mail queued for an address, newest first, as a plain JSON array, with their delivery
   * status. Exists only in development mode (the development SMS provider); answers 404 otherwise.
   */
  @GET
  @Operation(
      operationId = "listDevelopmentMail",
      summary = "E-mail queued for an address (development mode only)",
      description =
          "A plain JSON array, newest first, with delivery status; the mail server gets them too."
              + " HTTP 404 (apiCode 6404) unless the development SMS provider delivers (never in"
              + " production mode).")
  public List<KeptEmail> messages(
      @Parameter(example = "ada@example.com") @QueryParam("email") String email) {
    outbox.requireExists();
    if (email == null || email.isBlank()) {
      throw RequestFieldException.required("email");
    }
    return outbox.mailTo(email.strip().toLowerCase(Locale.ROOT)).stream()
        .map(KeptEmail::of)
        .toList();
  }

  /** One e-mail, and where its delivery stands. */
  public record KeptEmail(
      @Schema(example = "ada@example.com") String to,
      @Schema(example = "CHANNEL_BIND_EMAIL") String purpose,
      @Schema(example = "[Phone Binding] Your verification code") String subject,
      @Schema(example = "en-US") String language,
      @Schema(example = "Your verification code for Phone Binding is 123456.") String text,
      @Schema(example = "2026-11-27T08:00:00Z") String createdAt,
      @Schema(description = "PENDING, SENDING, SENT or FAILED", example = "SENT") String status,
      @Schema(example = "1") int attempts) {
    static KeptEmail of(KeptMail mail) {
      return new KeptEmail(
          mail.to(),
          mail.purpose(),
          mail.subject(),
          mail.language(),
          mail.text(),
          mail.createdAt().toString(),
          mail.status().name(),
          mail.attempts());
    }
  }
}
