package io.phonebinding.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.phonebinding.account.SignInIdentifier;
import io.phonebinding.api.envelope.PhoneNumberField;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.session.TokenRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code SigninByCredentialsDto}: the PASSWORD and PASSCODE connections. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignInRequest(
    @Schema(description = "PASSWORD or PASSCODE", example = "PASSWORD", required = true)
        @Size(max = InputLengths.NAME)
        String connection,
    @Valid PasswordPayload passwordPayload,
    @Schema(description = "For PASSCODE: the phone and a code sent on CHANNEL_LOGIN") @Valid
        PassCodePayload passCodePayload,
    @Valid Options options,
    @JsonProperty("client_id")
        @Schema(
            description =
                "The app; with offline_access, a refresh token is issued to it (when apps are"
                    + " listed in PHONEBIND_APPS, only to a listed one with its secret)",
            example = "6385a0e3bc5d6c8a2b3f1e2d")
        @Size(max = InputLengths.CLIENT_ID)
        String clientId,
    @JsonProperty("client_secret")
        @Schema(description = "The app's secret", example = "app-secret")
        @Size(max = InputLengths.CLIENT_SECRET)
        String clientSecret) {

  /** What the client asks of the tokens. */
  TokenRequest tokenRequest() {
    return new TokenRequest(clientId, clientSecret, options == null ? null : options.scope());
  }

  /** Authing's sign-in options that this server reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Options(
      @Schema(
              description = "PASSCODE: make an account for a phone that has none",
              example = "false")
          Boolean autoRegister,
      @Schema(
              description = "With offline_access, the answer carries a refresh_token",
              example = "openid profile offline_access")
          @Size(max = InputLengths.SCOPE)
          String scope) {

    boolean registersUnknownPhones() {
      return Boolean.TRUE.equals(autoRegister);
    }
  }

  /** One of username, email, phone or account, and the password. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "SignInPasswordPayload")
  public record PasswordPayload(
      @Schema(description = "One of username, email, phone or account", example = "alice")
          @Size(max = InputLengths.USERNAME)
          String username,
      @Schema(example = "alice@example.com") @Size(max = InputLengths.EMAIL) String email,
      @Schema(description = "The bound phone, national number", example = "18888888888")
          @Size(max = InputLengths.PHONE, payload = PhoneNumberField.class)
          String phone,
      @Schema(description = "Username, email or phone; what Authing's SDK sends", example = "alice")
          @Size(max = InputLengths.ACCOUNT)
          String account,
      @Schema(example = "correct horse battery", required = true) @Size(max = InputLengths.PASSWORD)
          String password) {

    /**
     * The identifier by the field the client sent it in (Authing's SDK sends {@code account}, read
     * by its shape), so a username can never stand for another user's phone or e-mail.
     */
    SignInIdentifier identifier(String defaultRegion) {
      if (present(username)) {
        return SignInIdentifier.username(username);
      }
      if (present(email)) {
        return SignInIdentifier.email(email);
      }
      if (present(phone)) {
        return SignInIdentifier.phone(phone, null, defaultRegion);
      }
      if (present(account)) {
        return SignInIdentifier.account(account, defaultRegion);
      }
      throw InvalidInputException.required(Input.ACCOUNT);
    }

    private static boolean present(String value) {
      return value != null && !value.isBlank();
    }
  }
}
