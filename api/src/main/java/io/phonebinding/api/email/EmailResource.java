package io.phonebinding.api.email;

import io.phonebinding.api.account.ProfileView;
import io.phonebinding.api.account.SignedInUser;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.code.UnsupportedChannelException;
import io.phonebinding.email.EmailBinding;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.mail.EmailChannel;
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

/** The signed-in account's e-mail, the second channel: codes by e-mail, binding and changing. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Email")
@SecurityRequirement(name = "bearer")
public class EmailResource {

  @Inject EmailBinding email;

  @Inject SignedInUser signedIn;

  @Inject CallContext call;

  /** Sends a one-time code by e-mail for the signed-in account. */
  @POST
  @Path("send-email")
  @Operation(
      operationId = "sendEmail",
      summary = "Send a one-time code by e-mail",
      description =
          "CHANNEL_BIND_EMAIL to an address to bind (or the new address of a change);"
              + " CHANNEL_UNBIND_EMAIL (the old address of a change) and CHANNEL_VERIFY_MFA (a"
              + " change of phone without the old one) only to the account's own address. Same"
              + " code rules and caps as send-sms. Errors: 6010 too soon, 6018 address cap, 6019 IP"
              + " cap, 6020 account cap (429, with data.retryAfterSeconds); 2003 bad address, 6003"
              + " not the account's address, 6005 unknown channel, 6006 channel without a flow, 6002"
              + " missing field (400); 2020/6011/6012 token (401).")
  public Envelope sendEmail(SendEmailRequest request) {
    String userId = signedIn.id();
    MissingBodyException.require(request);
    email.sendCode(userId, request.email(), channelNamed(request.channel()), call.origin());
    return call.success(null);
  }

  /** Binds a verified e-mail to the signed-in account with a code sent on CHANNEL_BIND_EMAIL. */
  @POST
  @Path("bind-email")
  @Operation(
      operationId = "bindEmail",
      summary = "Bind an e-mail address to the signed-in user",
      description =
          "With a code sent on CHANNEL_BIND_EMAIL; the address becomes the account's verified"
              + " e-mail. Errors: 2001 wrong code, 2300 expired, 6007 used, 6008 too many tries,"
              + " 2003 bad address (400); 6040 address of another account, 6041 account has a"
              + " verified address, 6046 a change of phone is pending (409); 2020/6011/6012 token"
              + " (401).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  public Envelope bindEmail(BindEmailRequest request) {
    String userId = signedIn.id();
    MissingBodyException.require(request);
    return call.success(
        ProfileView.of(email.bind(userId, request.email(), request.passCode(), call.origin())));
  }

  /** First step of an e-mail change; {@code data: {updateEmailToken, tokenExpiresIn}}. */
  @POST
  @Path("verify-update-email-request")
  @Operation(
      operationId = "verifyUpdateEmailRequest",
      summary = "Verify an e-mail change with codes to the new and the old address",
      description =
          "New address: code on CHANNEL_BIND_EMAIL; old address (when verified): code on"
              + " CHANNEL_UNBIND_EMAIL. data: {updateEmailToken, tokenExpiresIn}. Errors:"
              + " 2001/2300/6007/6008 code refused, 2003 bad address, 6003 old address not the"
              + " account's, 6042 no address, 6043 same address, 6024 other verifyMethod (400);"
              + " 6040 address of another account, 6046 a change of phone is pending (409).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = UpdateEmailTokenView.class)))
  public Envelope verifyUpdateEmailRequest(VerifyUpdateEmailRequest request) {
    String userId = signedIn.id();
    MissingBodyException.require(request);
    RequestFieldException.requireEmailPassCode(request.verifyMethod());
    var payload = request.emailPassCodePayload();
    if (payload == null) {
      throw RequestFieldException.required("emailPassCodePayload");
    }
    return call.success(
        UpdateEmailTokenView.of(
            email.verifyChange(
                userId,
                payload.newEmail(),
                payload.newEmailPassCode(),
                payload.oldEmail(),
                payload.oldEmailPassCode(),
                call.origin())));
  }

  /** Second step of an e-mail change: redeems the token; {@code data} is the updated user. */
  @POST
  @Path("update-email")
  @Operation(
      operationId = "updateEmail",
      summary = "Change the e-mail with a token from verify-update-email-request",
      description =
          "Errors: 6017 token unknown, used, expired or another user's (400); 6040 address taken"
              + " meanwhile, 6046 a change of phone is pending (409).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  public Envelope updateEmail(UpdateEmailRequest request) {
    var caller = signedIn.authenticated();
    MissingBodyException.require(request);
    if (request.updateEmailToken() == null || request.updateEmailToken().isBlank()) {
      throw RequestFieldException.required("updateEmailToken");
    }
    return call.success(
        ProfileView.of(email.change(caller, request.updateEmailToken(), call.origin())));
  }

  /** Authing's channel names are the channels' names. */
  private static EmailChannel channelNamed(String name) {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.required(Input.CHANNEL);
    }
    return EmailChannel.named(name)
        .orElseThrow(() -> new UnsupportedChannelException(ErrorKind.CHANNEL_UNKNOWN, name));
  }
}
