package io.phonebinding.api.phone;

import io.phonebinding.api.account.ProfileView;
import io.phonebinding.api.account.SignedInUser;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.binding.PhoneChangeToken;
import io.phonebinding.config.Settings;
import io.phonebinding.error.Input;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.session.Authenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** Binding, changing and unbinding the signed-in account's phone. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Phone")
@SecurityRequirement(name = "bearer")
public class PhoneResource {

  @Inject PhoneBindingService binding;

  @Inject SignedInUser signedIn;

  @Inject Settings settings;

  @Inject CallContext call;

  /**
   * Binds a phone to the signed-in user, who must have none, with a code sent on
   * CHANNEL_BIND_PHONE; {@code data} is the updated user.
   */
  @POST
  @Path("bind-phone")
  @Operation(
      operationId = "bindPhone",
      summary = "Bind a phone to the signed-in user",
      description =
          "With a code sent on CHANNEL_BIND_PHONE. When another account has the number but has not"
              + " proven it for the dormancy period (90 days), the bind becomes a claim: statusCode"
              + " 202, apiCode 6044, data {claimId, claimState, effectiveAt} (it takes effect after"
              + " 7 days unless that account keeps the number). Errors: 2001 wrong code, 2300"
              + " expired, 6007 used, 6008 too many tries, 6004 bad number (400); 2035 phone of"
              + " another account that proved it lately, 6009 user has a phone, 6046 the account"
              + " claims another number already (409); 2020/6011/6012 token (401).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  public Envelope bindPhone(BindPhoneRequest request) {
    String userId = signedIn.id();
    MissingBodyException.require(request);
    PhoneNumber phone =
        PhoneNumber.parse(
            request.phoneNumber(), request.phoneCountryCode(), settings.defaultRegion());
    return call.success(
        ProfileView.of(binding.bind(userId, phone, request.passCode(), call.origin())));
  }

  /**
   * First step of a phone change: checks a code sent to the bound (old) number on
   * CHANNEL_UNBIND_PHONE and one sent to the new number on CHANNEL_BIND_PHONE, and returns {@code
   * data: {updatePhoneToken, tokenExpiresIn}} for update-phone.
   */
  @POST
  @Path("verify-update-phone-request")
  @Operation(
      operationId = "verifyUpdatePhoneRequest",
      summary = "Verify a phone change with codes to the old and the new number",
      description =
          "Old number: code on CHANNEL_UNBIND_PHONE; new number: code on CHANNEL_BIND_PHONE. data:"
              + " {updatePhoneToken, tokenExpiresIn}. Errors: 2038 old number not the bound one, 2230"
              + " same number, 2001/2300/6007/6008 code refused, 6015 no phone, 6024 other verifyMethod"
              + " (400); 2035 new number of another account (409).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = UpdatePhoneTokenView.class)))
  public Envelope verifyUpdatePhoneRequest(VerifyUpdatePhoneRequest request) {
    String userId = signedIn.id();
    MissingBodyException.require(request);
    RequestFieldException.requirePhonePassCode(request.verifyMethod());
    var payload = request.phonePassCodePayload();
    if (payload == null) {
      throw RequestFieldException.required("phonePassCodePayload");
    }
    String region = settings.defaultRegion();
    PhoneNumber oldPhone =
        PhoneNumber.parse(
            payload.oldPhoneNumber(), payload.oldPhoneCountryCode(), region, Input.OLD_PHONE);
    PhoneNumber newPhone =
        PhoneNumber.parse(
            payload.newPhoneNumber(), payload.newPhoneCountryCode(), region, Input.NEW_PHONE);
    PhoneChangeToken token =
        binding.verifyChange(
            userId,
            oldPhone,
            payload.oldPhonePassCode(),
            newPhone,
            payload.newPhonePassCode(),
            call.origin());
    return call.success(UpdatePhoneTokenView.of(token));
  }

  /**
   * Second step of a phone change: redeems the one-time token; {@code data} is the updated user.
   * The old number gets an SMS notice.
   */
  @POST
  @Path("update-phone")
  @Operation(
      operationId = "updatePhone",
      summary = "Change the phone with a token from verify-update-phone-request",
      description =
          "The old number gets an SMS notice. Errors: 6017 token unknown, used, expired or another"
              + " user's (400); 2035 new number taken meanwhile (409).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  public Envelope updatePhone(UpdatePhoneRequest request) {
    Authenticated caller = signedIn.authenticated();
    MissingBodyException.require(request);
    if (request.updatePhoneToken() == null || request.updatePhoneToken().isBlank()) {
      throw RequestFieldException.required("updatePhoneToken");
    }
    return call.success(
        ProfileView.of(binding.change(caller, request.updatePhoneToken(), call.origin())));
  }

  /**
   * Removes the signed-in user's phone with a code sent to it on CHANNEL_UNBIND_PHONE; the number
   * gets an SMS notice; {@code data} is the updated user.
   */
  @POST
  @Path("unbind-phone")
  @Operation(
      operationId = "unbindPhone",
      summary = "Unbind the signed-in user's phone",
      description =
          "With a code sent on CHANNEL_UNBIND_PHONE; the number gets an SMS notice. Errors: 6015 no"
              + " phone, 2001/2300/6007/6008 code refused (400); 2217 only way to sign in (403).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  public Envelope unbindPhone(UnbindPhoneRequest request) {
    Authenticated caller = signedIn.authenticated();
    MissingBodyException.require(request);
    return call.success(ProfileView.of(binding.unbind(caller, request.passCode(), call.origin())));
  }
}
