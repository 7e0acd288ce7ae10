package io.phonebinding.api.phone;

import io.phonebinding.api.account.ProfileView;
import io.phonebinding.api.account.SignedInUser;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.binding.LostPhoneChanges;
import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.claim.PhoneClaims;
import io.phonebinding.config.Settings;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * When a number changes hands (this service's own calls): proving the bound number, keeping it from
 * a claim, changing it without the old phone, and cancelling such a change.
 */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Phone")
public class NumberChangesResource {

  @Inject PhoneBindingService binding;

  @Inject PhoneClaims claims;

  @Inject LostPhoneChanges lostPhoneChanges;

  @Inject SignedInUser signedIn;

  @Inject Settings settings;

  @Inject CallContext call;

  @POST
  @Path("confirm-phone")
  @Operation(
      operationId = "confirmPhone",
      summary = "Prove the bound number is still yours",
      description =
          "This service's own. With a code sent on CHANNEL_IDENTITY_VERIFICATION to the bound"
              + " number: a claim of the number's new holder on it is cancelled. Errors: 6015 no"
              + " phone, 2001/2300/6007/6008 code refused (400); 2020/6011/6012 token (401).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  @SecurityRequirement(name = "bearer")
  public Envelope confirmPhone(ConfirmPhoneRequest request) {
    var caller = signedIn.authenticated();
    MissingBodyException.require(request);
    return call.success(ProfileView.of(binding.confirm(caller, request.passCode(), call.origin())));
  }

  @POST
  @Path("keep-phone-number")
  @Operation(
      operationId = "keepPhoneNumber",
      summary = "Keep a number its new holder claims (the link mailed to the account)",
      description =
          "This service's own, without a token: the link's token proves the account's e-mail. The"
              + " claim waits for an operator; until then the number does not sign the account in."
              + " data: the claim. Errors: 6047 link unknown, used or expired, 6002 missing token"
              + " (400).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  public Envelope keepPhoneNumber(LinkTokenRequest request) {
    return call.success(ClaimView.of(claims.keep(tokenOf(request), call.origin())));
  }

  @POST
  @Path("request-phone-change-without-old-phone")
  @Operation(
      operationId = "requestPhoneChangeWithoutOldPhone",
      summary = "Change the number without the old phone; it takes effect after a delay",
      description =
          "This service's own. The new number's code (CHANNEL_BIND_PHONE), the password and, when"
              + " the account has a verified e-mail, its code (send-email on CHANNEL_VERIFY_MFA)."
              + " The change waits 72 hours (7 days without a verified e-mail); the old number gets"
              + " an SMS and the e-mail a message, each with a link that cancels it. One per"
              + " account; e-mail and password stay as they are meanwhile. data: the pending"
              + " change. Errors: 2333 wrong password, 2001/2300/6007/6008 code refused, 6015 no"
              + " phone, 2230 same number, 6002 missing field (400); 2020/6011/6012 token (401);"
              + " 2035 new number of another account, 6046 a change is pending already (409);"
              + " 6023 too many wrong passwords (429).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = PendingChangeView.class)))
  @SecurityRequirement(name = "bearer")
  public Envelope requestWithoutOldPhone(LostPhoneChangeRequest request) {
    var caller = signedIn.authenticated();
    MissingBodyException.require(request);
    PhoneNumber newPhone =
        PhoneNumber.parse(
            request.newPhoneNumber(),
            request.newPhoneCountryCode(),
            settings.defaultRegion(),
            Input.NEW_PHONE);
    return call.success(
        PendingChangeView.of(
            lostPhoneChanges.request(
                caller,
                newPhone,
                request.newPhonePassCode(),
                request.password(),
                request.emailPassCode(),
                call.origin())));
  }

  @POST
  @Path("cancel-phone-change")
  @Operation(
      operationId = "cancelPhoneChange",
      summary = "Cancel a change of number made without the old phone (the link in its messages)",
      description =
          "This service's own, without a token: the link's token proves the old number or the"
              + " e-mail. The sign-in session the change was requested from ends. Errors: 6047 link"
              + " unknown, used or expired, 6002 missing token (400).")
  public Envelope cancelPhoneChange(LinkTokenRequest request) {
    lostPhoneChanges.cancel(tokenOf(request), call.origin());
    return call.success(null);
  }

  @GET
  @Path("get-phone-change-status")
  @Operation(
      operationId = "getPhoneChangeStatus",
      summary = "What of the signed-in account's number waits",
      description =
          "This service's own: its change of number without the old phone, and the claim it makes"
              + " on a number, each null when none waits. Errors: 2020/6011/6012 token (401).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = PhoneChangeStatusView.class)))
  @SecurityRequirement(name = "bearer")
  public Envelope phoneChangeStatus() {
    String userId = signedIn.id();
    return call.success(
        new PhoneChangeStatusView(
            lostPhoneChanges.pendingOf(userId).map(PendingChangeView::of).orElse(null),
            claims.openClaimBy(userId).map(ClaimView::of).orElse(null)));
  }

  private static String tokenOf(LinkTokenRequest request) {
    MissingBodyException.require(request);
    if (request.token() == null || request.token().isBlank()) {
      throw InvalidInputException.required(Input.LINK_TOKEN);
    }
    return request.token();
  }
}
