package io.phonebinding.api.audit;

import io.phonebinding.api.account.SignedInUser;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own audit trail of phone bindings. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class HistoryResource {

  @Inject AuditTrail audit;

  @Inject SignedInUser signedIn;

  @Inject CallContext call;

  /**
   * Every bind, change and unbind of the signed-in user and every refused attempt, newest first:
   * {@code data: {list: [{action, phone, ip, userAgent, outcome, apiCode, createdAt}]}}. The
   * history stays with the account when its phone changes. {@code limit}: 1 to 100, default 20.
   */
  @GET
  @Path("get-my-phone-history")
  @Operation(
      operationId = "getMyPhoneHistory",
      summary = "The signed-in user's phone binding history",
      description =
          "data.list, newest first. Errors: 2020 not signed in, 6011/6012 bad or expired token, 6003 bad limit.")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @SecurityRequirement(name = "bearer")
  public Envelope history(
      @Parameter(description = "1 to 100", example = "20") @QueryParam("limit") @DefaultValue("20")
          String limit) {
    String userId = signedIn.id();
    return call.success(HistoryPage.of(audit.historyOf(userId, parseLimit(limit))));
  }

  private static int parseLimit(String limit) {
    try {
      return Integer.parseInt(limit.strip());
    } catch (NumberFormatException notANumber) {
      throw RequestFieldException.invalid("limit");
    }
  }
}
