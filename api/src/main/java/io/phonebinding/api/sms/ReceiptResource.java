package io.phonebinding.api.sms;

import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.sms.DeliveryReceipts;
import io.phonebinding.sms.ForgedReceiptException;
import io.phonebinding.sms.ReceiptRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Delivery receipts, posted by the SMS providers in their own formats (not Authing's envelope):
 * each is checked by its provider's rule (a signature, or a URL secret) and answered as the
 * provider expects; a forged one gets HTTP 403 and changes nothing.
 */
@Path("sms/receipts")
@RequestScoped
@Tag(name = "Delivery receipts", description = "Called by SMS providers, not by apps")
public class ReceiptResource {

  private static final Logger LOG = Logger.getLogger(ReceiptResource.class.getName());

  @Inject DeliveryReceipts receipts;

  @Inject CallContext call;

  @Context HttpHeaders headers;

  @POST
  @Path("twilio/{instance}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      operationId = "twilioStatusCallback",
      summary = "Twilio's message status callback",
      description =
          "Form fields MessageSid, MessageStatus, ErrorCode, ...; X-Twilio-Signature is checked"
              + " against the public URL from the settings (never the Host header). HTTP 204, or"
              + " 403 for a forged or unsigned callback.")
  @APIResponse(responseCode = "204", description = "Taken (or ignored: an unknown message)")
  @APIResponse(responseCode = "403", description = "Not Twilio's")
  public Response twilio(
      @Parameter(description = "The provider instance", example = "twilio") @PathParam("instance")
          String instance,
      MultivaluedMap<String, String> form) {
    Map<String, String> fields = new HashMap<>();
    if (form != null) {
      form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
    }
    return take(
            "twilio", instance, new ReceiptRequest(headers(), "", fields, call.clientIp(), null))
        .orElse(Response.noContent().build());
  }

  @POST
  @Path("aliyun/{instance}/{token}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "aliyunSmsReport",
      summary = "Aliyun's SmsReport push",
      description =
          "A JSON array of reports {phone_number, send_time, report_time, success, err_code,"
              + " err_msg, biz_id, out_id}. Aliyun does not sign them: the URL carries the"
              + " instance's receipt-token, and the sender may be held to receipt-sources. Answers"
              + " {\"code\": 0, \"msg\": \"成功\"}, or HTTP 403.")
  @APIResponse(
      responseCode = "200",
      description = "Taken (reports for unknown messages are ignored)",
      content = @Content(schema = @Schema(implementation = AliyunAnswer.class)))
  @APIResponse(responseCode = "403", description = "A wrong secret, or a sender outside the ranges")
  public Response aliyun(
      @Parameter(description = "The provider instance", example = "aliyun") @PathParam("instance")
          String instance,
      @Parameter(description = "The instance's receipt-token", example = "0f3a9c...")
          @PathParam("token")
          String token,
      String body) {
    return take(
            "aliyun",
            instance,
            new ReceiptRequest(headers(), body, Map.of(), call.clientIp(), token))
        .orElse(Response.ok(AliyunAnswer.TAKEN, MediaType.APPLICATION_JSON).build());
  }

  @POST
  @Path("webhook/{instance}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "webhookReceipt",
      summary = "A webhook gateway's receipt",
      description =
          "{\"id\" (as the gateway answered the message) or \"attemptId\", \"status\":"
              + " \"delivered\"|\"undelivered\"|\"failed\", \"error\"?}, with X-PhoneBinding-Timestamp"
              + " and X-PhoneBinding-Signature (sha256= HMAC-SHA256 of \"timestamp.body\" with the"
              + " instance's secret), signed within 5 minutes. HTTP 204, or 403.")
  @APIResponse(responseCode = "204", description = "Taken (or ignored: an unknown message)")
  @APIResponse(responseCode = "403", description = "Unsigned, wrongly signed, or stale")
  public Response webhook(
      @Parameter(description = "The provider instance", example = "webhook") @PathParam("instance")
          String instance,
      String body) {
    return take(
            "webhook",
            instance,
            new ReceiptRequest(headers(), body, Map.of(), call.clientIp(), null))
        .orElse(Response.noContent().build());
  }

  /** The refusal of a forged call, or empty when its receipts were taken. */
  private Optional<Response> take(String type, String instance, ReceiptRequest request) {
    try {
      receipts.accept(type, instance, request);
      return Optional.empty();
    } catch (ForgedReceiptException forged) {
      LOG.warning(
          () -> "A " + type + " receipt refused (" + forged.why() + ") from " + call.clientIp());
      return Optional.of(Response.status(Response.Status.FORBIDDEN).build());
    }
  }

  private Map<String, String> headers() {
    Map<String, String> flat = new HashMap<>();
    headers
        .getRequestHeaders()
        .forEach(
            (name, values) ->
                flat.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
    return flat;
  }

  /** What Aliyun expects back from a report push. */
  @Schema(name = "AliyunReceiptAnswer")
  public record AliyunAnswer(@Schema(example = "0") int code, @Schema(example = "成功") String msg) {
    static final AliyunAnswer TAKEN = new AliyunAnswer(0, "成功");
  }
}
