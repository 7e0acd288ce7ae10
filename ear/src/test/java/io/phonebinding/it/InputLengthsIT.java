package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every string field of every endpoint has a maximum (the API documentation's table): a value at
 * its maximum is never refused for its length, one character more is refused before any work, with
 * 6003 (6004 for a phone number) naming the field and {@code data.maxLength}; the OAuth forms
 * answer {@code invalid_request} naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLengthsIT {

  private static final int PHONE = 32;
  private static final int COUNTRY_CODE = 8;
  private static final int CODE = 16;
  private static final int NAME = 64;
  private static final int PASSWORD = 128;
  private static final int TOKEN = 128;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  /** One field of one endpoint: where it sits in a body that is otherwise fine, and its limit. */
  private record Field(String endpoint, boolean signedIn, String path, int max, int apiCode) {}

  @Test
  void everyFieldIsTakenAtItsMaximumAndRefusedOneCharacterOver() {
    String token = api.newUserToken();
    List<Field> fields = new ArrayList<>();
    for (String payload : List.of("passwordPayload", "passCodePayload")) {
      for (String endpoint : List.of("signin", "signup")) {
        fields.add(new Field(endpoint, false, "connection", NAME, 6003));
        if (payload.equals("passwordPayload")) {
          fields.add(new Field(endpoint, false, payload + ".username", 64, 6003));
          fields.add(new Field(endpoint, false, payload + ".email", 254, 6003));
          fields.add(new Field(endpoint, false, payload + ".password", PASSWORD, 6003));
        } else {
          fields.add(new Field(endpoint, false, payload + ".phone", PHONE, 6004));
          fields.add(new Field(endpoint, false, payload + ".phoneCountryCode", COUNTRY_CODE, 6004));
          fields.add(new Field(endpoint, false, payload + ".passCode", CODE, 6003));
        }
      }
    }
    fields.add(new Field("signin", false, "passwordPayload.phone", PHONE, 6004));
    fields.add(new Field("signin", false, "passwordPayload.account", 254, 6003));
    fields.add(new Field("signin", false, "options.scope", 256, 6003));
    fields.add(new Field("signin", false, "client_id", 128, 6003));
    fields.add(new Field("signin", false, "client_secret", 256, 6003));
    fields.add(new Field("signup", false, "profile.preferredUsername", 64, 6003));
    fields.add(new Field("signup", false, "profile.email", 254, 6003));
    fields.add(new Field("send-sms", false, "channel", NAME, 6003));
    fields.add(new Field("send-sms", false, "phoneNumber", PHONE, 6004));
    fields.add(new Field("send-sms", false, "phoneCountryCode", COUNTRY_CODE, 6004));
    fields.add(new Field("bind-phone", true, "phoneNumber", PHONE, 6004));
    fields.add(new Field("bind-phone", true, "passCode", CODE, 6003));
    fields.add(new Field("bind-phone", true, "phoneCountryCode", COUNTRY_CODE, 6004));
    fields.add(new Field("verify-update-phone-request", true, "verifyMethod", NAME, 6003));
    for (String side : List.of("old", "new")) {
      String payload = "phonePassCodePayload." + side;
      fields.add(
          new Field("verify-update-phone-request", true, payload + "PhoneNumber", PHONE, 6004));
      fields.add(
          new Field("verify-update-phone-request", true, payload + "PhonePassCode", CODE, 6003));
      fields.add(
          new Field(
              "verify-update-phone-request",
              true,
              payload + "PhoneCountryCode",
              COUNTRY_CODE,
              6004));
    }
    fields.add(new Field("update-phone", true, "updatePhoneToken", TOKEN, 6003));
    fields.add(new Field("unbind-phone", true, "passCode", CODE, 6003));
    fields.add(new Field("verify-reset-password-request", false, "verifyMethod", NAME, 6003));
    fields.add(
        new Field(
            "verify-reset-password-request",
            false,
            "phonePassCodePayload.phoneNumber",
            PHONE,
            6004));
    fields.add(
        new Field(
            "verify-reset-password-request", false, "phonePassCodePayload.passCode", CODE, 6003));
    fields.add(
        new Field(
            "verify-reset-password-request",
            false,
            "phonePassCodePayload.phoneCountryCode",
            COUNTRY_CODE,
            6004));
    fields.add(new Field("reset-password", false, "passwordResetToken", TOKEN, 6003));
    fields.add(new Field("reset-password", false, "password", PASSWORD, 6003));
    fields.add(new Field("reset-password", false, "passwordEncryptType", NAME, 6003));
    fields.add(new Field("update-password", true, "oldPassword", PASSWORD, 6003));
    fields.add(new Field("update-password", true, "newPassword", PASSWORD, 6003));
    fields.add(new Field("update-password", true, "passwordEncryptType", NAME, 6003));

    for (Field field : fields) {
      String caller = field.signedIn() ? token : null;
      Api client = new Api();
      Api.Answer atMax =
          client.post("/api/v3/" + field.endpoint(), body(field, field.max()), caller);
      assertNotEquals(1000, atMax.apiCode(), () -> field + " at its maximum: " + atMax);
      assertTrue(
          atMax.data().path("maxLength").isMissingNode(),
          () -> field + " refused for its length at its maximum: " + atMax);

      Api.Answer over =
          client.post("/api/v3/" + field.endpoint(), body(field, field.max() + 1), caller);
      over.assertError(400, field.apiCode());
      assertEquals(field.max(), over.data().path("maxLength").asInt(), () -> field + ": " + over);
      assertTrue(
          over.body().path("message").asText().contains(field.path()),
          () -> field + " not named: " + over);
    }
  }

  @Test
  void aRightSignInTakesAClientIdOfItsMaximumAndRefusesOneLongerNamingIt() {
    Api.User user = api.newUser();
    signInWithClientId(user.username(), "c".repeat(128)).assertOk();

    Api.Answer refused = signInWithClientId(user.username(), "c".repeat(200));

    refused.assertError(400, 6003);
    assertTrue(refused.body().path("message").asText().contains("client_id"), refused::toString);
    assertEquals(128, refused.data().path("maxLength").asInt());
  }

  @Test
  void oauthFormFieldsOverTheirMaximumAreAnInvalidRequestNamingTheField() {
    Map<String, Integer> tokenForm =
        Map.of("grant_type", 64, "refresh_token", 128, "client_id", 128, "client_secret", 256);
    tokenForm.forEach(
        (name, max) -> {
          Map<String, String> form = new LinkedHashMap<>();
          form.put("grant_type", "refresh_token");
          form.put("refresh_token", "unknown-refresh-token");
          form.put(name, "r".repeat(max));
          Api.Answer atMax = api.postForm("/oidc/token", form);
          assertFalse(
              atMax.body().path("error_description").asText().contains("longer than"),
              () -> name + " at its maximum: " + atMax.body());
          form.put(name, "r".repeat(max + 1));
          Api.Answer over = api.postForm("/oidc/token", form);
          assertEquals(400, over.httpStatus(), () -> name + ": " + over.body());
          assertEquals(
              "invalid_request", over.body().path("error").asText(), over.body()::toString);
          assertTrue(
              over.body().path("error_description").asText().contains(name), over.body()::toString);
        });

    Map<String, String> revocation = new LinkedHashMap<>();
    revocation.put("token", "t".repeat(4096));
    assertEquals(200, api.postForm("/oidc/token/revocation", revocation).httpStatus());
    revocation.put("token", "t".repeat(4097));
    Api.Answer over = api.postForm("/oidc/token/revocation", revocation);
    assertEquals("invalid_request", over.body().path("error").asText(), over.body()::toString);
    assertTrue(over.body().path("error_description").asText().contains("token"));
  }

  private Api.Answer signInWithClientId(String username, String clientId) {
    return api.post(
        "/api/v3/signin",
        Map.of(
            "connection",
            "PASSWORD",
            "passwordPayload",
            Map.of("username", username, "password", Api.PASSWORD),
            "client_id",
            clientId),
        null);
  }

  /** A body whose one field has this length and whose other fields are well-formed. */
  private static Map<String, Object> body(Field field, int length) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (field.path().startsWith("passCodePayload") || field.path().equals("connection")) {
      body.put("connection", field.path().equals("connection") ? null : "PASSCODE");
    }
    if (field.endpoint().startsWith("verify-")) {
      body.put("verifyMethod", "PHONE_PASSCODE");
    }
    put(body, field.path(), unique(length));
    return body;
  }

  /** A value of this length, unlike any other, so an account made at a maximum is new. */
  private static String unique(int length) {
    String random = UUID.randomUUID().toString().replace("-", "");
    StringBuilder value = new StringBuilder();
    while (value.length() < length) {
      value.append(random);
    }
    return value.substring(0, length);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> body, String path, String value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      body.put(path, value);
      return;
    }
    Map<String, Object> inner =
        (Map<String, Object>)
            body.computeIfAbsent(path.substring(0, dot), name -> new LinkedHashMap<>());
    put(inner, path.substring(dot + 1), value);
  }
}
