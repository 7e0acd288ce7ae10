package io.phonebinding.api.reset;

import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.api.envelope.Success;
import io.phonebinding.config.Settings;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.reset.PasswordResets;
import io.phonebinding.reset.ResetGrant;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Forgot password" by a code sent to the phone. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class PasswordResetResource {

  @Inject PasswordResets resets;

  @Inject CallContext call;

  @Inject Settings settings;

  @POST
  @Path("verify-reset-password-request")
  @Operation(
      operationId = "verifyResetPasswordRequest",
      summary = "Prove a password reset with a code sent to the phone",
      description =
          "Authing's /api/v3/verify-reset-password-request. verifyMethod PHONE_PASSCODE, code sent"
              + " on CHANNEL_RESET_PASSWORD. data: {passwordResetToken, tokenExpiresIn}; the token"
              + " works once. Errors: 2001/2300/6007/6008 code refused, 6024 other verifyMethod,"
              + " 6002 missing field, 6004 bad phone (400); 2004 no account has the phone (404,"
              + " told only after a right code); 6045 the phone's new holder claims it (403); 6046 a"
              + " change of number without the old phone is pending (409).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = PasswordResetTokenView.class)))
  public Envelope verifyResetPasswordRequest(VerifyResetPasswordRequest request) {
    MissingBodyException.require(request);
    RequestFieldException.requirePhonePassCode(request.verifyMethod());
    var payload = request.phonePassCodePayload();
    if (payload == null) {
      throw RequestFieldException.required("phonePassCodePayload");
    }
    PhoneNumber phone =
        PhoneNumber.parse(
            payload.phoneNumber(), payload.phoneCountryCode(), settings.defaultRegion());
    ResetGrant grant = resets.verify(phone, payload.passCode(), call.origin());
    return call.success(PasswordResetTokenView.of(grant));
  }

  @POST
  @Path("reset-password")
  @Operation(
      operationId = "resetPassword",
      summary = "Set a new password with a password reset token",
      description =
          "Authing's /api/v3/reset-password. data.success is true; every earlier token and"
              + " session of the user ends and the phone gets an SMS notice. Errors: 6033 token"
              + " unknown, used or expired, 2029 password too short, 6002 missing field, 6003"
              + " passwordEncryptType other than none (400); 6025 password checks busy (429); 6046 a"
              + " change of number without the old phone is pending (409).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = Success.class)))
  public Envelope resetPassword(ResetPasswordRequest request) {
    MissingBodyException.require(request);
    RequestFieldException.requirePlainPassword(request.passwordEncryptType());
    resets.reset(request.passwordResetToken(), request.password(), call.origin());
    return call.success(Success.YES);
  }
}
