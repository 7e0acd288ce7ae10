package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The phone signs you in: Authing's PASSCODE connection for sign-in (code on CHANNEL_LOGIN) and
 * sign-up (code on CHANNEL_REGISTER), phone-only accounts, and their limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneCodeSignInIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void aCodeSignInMakesAnAccountOnlyWhenAskedAndTheSameOneAfter() throws InterruptedException {
    String phone = Api.randomMobile();
    String code = sendCode("CHANNEL_LOGIN", phone);

    api.post("/api/v3/signin", byCode(phone, code, false), null).assertError(404, 2004);
    JsonNode tokens = api.post("/api/v3/signin", byCode(phone, code, true), null).assertOk().data();

    String token = tokens.path("access_token").asText();
    JsonNode profile = api.profile(token);
    assertEquals(phone, profile.path("phone").asText());
    assertTrue(profile.path("phoneVerified").asBoolean(), profile::toString);
    assertTrue(profile.path("username").isNull(), profile::toString);
    api.post("/api/v3/signin", byCode(phone, code, true), null).assertError(400, 6007);

    Thread.sleep((DeployedEar.resendIntervalSeconds() + 1) * 1000);
    String again = sendCode("CHANNEL_LOGIN", phone);
    String second =
        api.post("/api/v3/signin", byCode(phone, again, false), null)
            .assertOk()
            .data()
            .path("access_token")
            .asText();
    assertEquals(profile.path("userId").asText(), api.profile(second).path("userId").asText());

    assertEquals(2, api.historyActions(second).stream().filter("SIGN_IN_BY_CODE"::equals).count());

    // The phone is this account's only way in: it cannot be removed.
    String unbindCode = sendCode("CHANNEL_UNBIND_PHONE", phone);
    api.post("/api/v3/unbind-phone", Map.of("passCode", unbindCode), second).assertError(403, 2217);
  }

  @Test
  void wrongCodesCountAsFailedSignIns() {
    String phone = Api.randomMobile();
    String code = sendCode("CHANNEL_LOGIN", phone);

    for (int i = 0; i < 5; i++) {
      Api.Answer wrong = api.post("/api/v3/signin", byCode(phone, wrongCode(code), true), null);
      assertEquals(400, wrong.statusCode(), wrong::toString);
      assertTrue(List.of(2001, 6008).contains(wrong.apiCode()), wrong::toString);
    }

    api.post("/api/v3/signin", byCode(phone, code, true), null).assertError(429, 6023);
  }

  @Test
  void aCodeSignUpMakesAPhoneOnlyAccountOnce() throws InterruptedException {
    String phone = Api.randomMobile();
    String code = sendCode("CHANNEL_REGISTER", phone);

    JsonNode user =
        api.post(
                "/api/v3/signup",
                Map.of("connection", "PASSCODE", "passCodePayload", payload(phone, code)),
                null)
            .assertOk()
            .data();
    assertEquals(phone, user.path("phone").asText());

    Thread.sleep((DeployedEar.resendIntervalSeconds() + 1) * 1000);
    String again = sendCode("CHANNEL_REGISTER", phone);
    api.post(
            "/api/v3/signup",
            Map.of("connection", "PASSCODE", "passCodePayload", payload(phone, again)),
            null)
        .assertError(409, 2026);

    String login = sendCode("CHANNEL_LOGIN", phone);
    String token =
        api.post("/api/v3/signin", byCode(phone, login, false), null)
            .assertOk()
            .data()
            .path("access_token")
            .asText();
    assertEquals(user.path("userId").asText(), api.profile(token).path("userId").asText());
  }

  @Test
  void aCodeSignUpKeepsAUsernameAndAnEmailFromItsProfile() {
    String name = "pc-" + java.util.UUID.randomUUID().toString().substring(0, 10);
    String phone = Api.randomMobile();
    JsonNode user =
        api.post(
                "/api/v3/signup",
                Map.of(
                    "connection", "PASSCODE",
                    "passCodePayload", payload(phone, sendCode("CHANNEL_REGISTER", phone)),
                    "profile",
                        Map.of(
                            "preferredUsername",
                            name,
                            "email",
                            name + "@Example.com",
                            "nickname",
                            "not kept")),
                null)
            .assertOk()
            .data();
    assertEquals(name, user.path("username").asText(), user::toString);
    assertEquals(name + "@example.com", user.path("email").asText(), user::toString);

    String other = Api.randomMobile();
    String code = sendCode("CHANNEL_REGISTER", other);
    Api.Answer taken =
        api.post(
                "/api/v3/signup",
                Map.of(
                    "connection", "PASSCODE",
                    "passCodePayload", payload(other, code),
                    "profile", Map.of("preferredUsername", name.toUpperCase())),
                null)
            .assertError(409, 2034);
    assertTrue(taken.body().path("message").asText().length() > 0);
    api.post(
            "/api/v3/signup",
            Map.of(
                "connection", "PASSCODE",
                "passCodePayload", payload(other, code),
                "profile", Map.of("email", "not-an-address")),
            null)
        .assertError(400, 2003);
    // Neither refusal spent the code.
    api.post(
            "/api/v3/signup",
            Map.of("connection", "PASSCODE", "passCodePayload", payload(other, code)),
            null)
        .assertOk();
  }

  @Test
  void aCodeSignInNeedsItsPayload() {
    api.post("/api/v3/signin", Map.of("connection", "PASSCODE"), null).assertError(400, 6002);
    api.post(
            "/api/v3/signin",
            Map.of(
                "connection", "PASSCODE", "passCodePayload", Map.of("phone", Api.randomMobile())),
            null)
        .assertError(400, 6002);
    api.post(
            "/api/v3/signin",
            Map.of("connection", "PASSCODE", "passCodePayload", payload("12345", "123456")),
            null)
        .assertError(400, 6004);
    api.post("/api/v3/signin", Map.of("connection", "SOCIAL"), null).assertError(400, 6013);
  }

  private String sendCode(String channel, String phone) {
    api.post(
            "/api/v3/send-sms",
            Map.of("channel", channel, "phoneNumber", phone, "phoneCountryCode", "+86"),
            null)
        .assertOk();
    return api.latestCode("+86" + phone);
  }

  private static Map<String, Object> byCode(String phone, String code, boolean autoRegister) {
    Map<String, Object> body = new HashMap<>();
    body.put("connection", "PASSCODE");
    body.put("passCodePayload", payload(phone, code));
    body.put("options", Map.of("autoRegister", autoRegister));
    return body;
  }

  private static Map<String, Object> payload(String phone, String code) {
    return Map.of("phone", phone, "phoneCountryCode", "+86", "passCode", code);
  }

  private static String wrongCode(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }
}
