package io.phonebinding.api.account;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.api.envelope.Success;
import io.phonebinding.config.Settings;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.signin.SignIn;
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

/** Sign-up, sign-in and the signed-in user's profile. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class AccountResource {

  private static final String PASSWORD = "PASSWORD";
  private static final String PASSCODE = "PASSCODE";

  @Inject AccountService accounts;

  @Inject SignIn signIn;

  @Inject SignedInUser signedIn;

  @Inject CallContext call;

  @Inject Settings settings;

  /** Signs in with a username, email or phone and a password; {@code data} holds the tokens. */
  @POST
  @Path("signin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "signIn",
      summary = "Sign in with a password, or with a phone and a code",
      description =
          "Authing's /api/v3/signin. PASSWORD: the account is looked up by the field sent"
              + " (username, email, phone; account by its shape). PASSCODE: a code sent on"
              + " CHANNEL_LOGIN; with options.autoRegister an unknown phone gets an account of its"
              + " own. Errors: 2333 wrong account or password, 2001 wrong code, 2300 expired code,"
              + " 2004 no account has the phone (told only after a right code), 6023 too many"
              + " failures for the identifier or the IP (429, data.retryAfterSeconds), 6025 password"
              + " checks busy (429), 6002 missing field, 6004 bad phone, 6013 other connection; 6045"
              + " the phone's new holder claims it (403)."
              + " options.scope with offline_access adds a refresh_token (see /oidc/token).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = TokenSet.class)))
  public Envelope signIn(SignInRequest request) {
    call.carries(Input.PHONE, "phone");
    MissingBodyException.require(request);
    if (isPassCode(request.connection())) {
      PassCodePayload byCode = require(request.passCodePayload());
      boolean autoRegister =
          request.options() != null && request.options().registersUnknownPhones();
      return call.success(
          TokenSet.of(
              signIn.withCode(
                  phoneOf(byCode),
                  byCode.passCode(),
                  autoRegister,
                  request.tokenRequest(),
                  call.origin())));
    }
    SignInRequest.PasswordPayload payload = request.passwordPayload();
    if (payload == null) {
      throw RequestFieldException.required("passwordPayload");
    }
    return call.success(
        TokenSet.of(
            signIn.withPassword(
                payload.identifier(settings.defaultRegion()),
                payload.password(),
                request.tokenRequest(),
                call.origin())));
  }

  /**
   * Creates an account with a username, optional email and a password; {@code data} is the user.
   */
  @POST
  @Path("signup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "signUp",
      summary = "Sign up with a password, or with a phone and a code",
      description =
          "PASSCODE: a code sent on CHANNEL_REGISTER makes an account whose only way in is the"
              + " phone; profile.preferredUsername and profile.email, if given, become its username"
              + " and e-mail (the other profile fields are not stored); 2026 when an account has the"
              + " phone (told only after a right code). Errors: 2034 username (or a look-alike) taken, 2026 email taken (409); 2029 password too"
              + " short, 2003 bad email, 6014 bad username (also one shaped like a phone or e-mail,"
              + " or mixing scripts), 6002 missing field, 6013 other connection (400); 6027 too many"
              + " sign-ups from this IP, 6025 password checks busy (429).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  public Envelope signUp(SignUpRequest request) {
    call.carries(Input.PHONE, "phone");
    MissingBodyException.require(request);
    if (isPassCode(request.connection())) {
      call.carries(Input.USERNAME, "preferredUsername");
      PassCodePayload byCode = require(request.passCodePayload());
      return call.success(
          ProfileView.of(
              signIn.signUpWithCode(
                  phoneOf(byCode), byCode.passCode(), profileOf(request), call.origin())));
    }
    SignUpRequest.PasswordPayload payload = request.passwordPayload();
    if (payload == null) {
      throw RequestFieldException.required("passwordPayload");
    }
    return call.success(
        ProfileView.of(
            accounts.signUp(
                payload.username(), payload.email(), payload.password(), call.origin())));
  }

  /** The signed-in user, with the bound phone. */
  @GET
  @Path("get-profile")
  @Operation(
      operationId = "getProfile",
      summary = "Get the signed-in user's profile",
      description = "Errors: 2020 not signed in, 6011 bad token, 6012 expired token (401).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  @SecurityRequirement(name = "bearer")
  public Envelope profile() {
    return call.success(ProfileView.of(accounts.profile(signedIn.id())));
  }

  /** Changes the signed-in user's password; every token issued so far ends, this one too. */
  @POST
  @Path("update-password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updatePassword",
      summary = "Change the signed-in user's password",
      description =
          "Authing's /api/v3/update-password. data.success is true; the user's access tokens,"
              + " the caller's included, end (sign in again with the new password). Errors: 2333"
              + " wrong old password, 2029 new password too short, 6002 missing field, 6003"
              + " passwordEncryptType other than none (400); 6023 too many wrong old passwords,"
              + " 6025 password checks busy (429); 2020, 6011, 6012, 6028 token (401); 6046 a change of"
              + " number without the old phone is pending (409). An account"
              + " without a password (made by phone and code) sets its first one without"
              + " oldPassword, only with a token from a code sign-in at most"
              + " PHONEBIND_PASSWORD_FIRST_PASSWORD_WINDOW_SECONDS old (default 600); else 6032"
              + " (403).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = Success.class)))
  @SecurityRequirement(name = "bearer")
  public Envelope updatePassword(UpdatePasswordRequest request) {
    MissingBodyException.require(request);
    RequestFieldException.requirePlainPassword(request.passwordEncryptType());
    signIn.changePassword(
        signedIn.authenticated(), request.oldPassword(), request.newPassword(), call.origin());
    return call.success(Success.YES);
  }

  /** PASSCODE, or else PASSWORD; any other connection is refused. */
  private static boolean isPassCode(String connection) {
    if (connection == null || connection.isBlank()) {
      throw RequestFieldException.required("connection");
    }
    if (!PASSWORD.equals(connection) && !PASSCODE.equals(connection)) {
      throw new RequestFieldException(ErrorKind.CONNECTION_NOT_SUPPORTED, "connection");
    }
    return PASSCODE.equals(connection);
  }

  private static PassCodePayload require(PassCodePayload payload) {
    if (payload == null) {
      throw RequestFieldException.required("passCodePayload");
    }
    return payload;
  }

  private static SignUpProfile profileOf(SignUpRequest request) {
    SignUpRequest.Profile profile = request.profile();
    return profile == null
        ? SignUpProfile.NONE
        : SignUpProfile.checked(profile.preferredUsername(), profile.email());
  }

  private PhoneNumber phoneOf(PassCodePayload payload) {
    return PhoneNumber.parse(payload.phone(), payload.phoneCountryCode(), settings.defaultRegion());
  }
}
