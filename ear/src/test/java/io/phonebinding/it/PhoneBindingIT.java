package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bind flow through the deployed EAR, as an integrator's app drives it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBindingIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void userBindsPhoneWithCodeFromSms() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();

    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);
    JsonNode bound = api.bind(token, phone, code).assertOk().data();

    assertEquals(phone, bound.path("phone").asText());
    JsonNode profile = api.profile(token);
    assertEquals(phone, profile.path("phone").asText());
    assertEquals("+86", profile.path("phoneCountryCode").asText());
    assertTrue(profile.path("phoneVerified").asBoolean());
  }

  /** Authing's Node SDK sends the token without the {@code Bearer} scheme. */
  @Test
  void theTokenIsTakenWithOrWithoutTheBearerScheme() {
    String token = api.newUserToken();

    String withScheme = api.profile(token).path("userId").asText();
    Api.Answer raw =
        api.get("/api/v3/get-profile", null, Map.of("Authorization", token)).assertOk();
    Api.Answer lowerCase =
        api.get("/api/v3/get-profile", null, Map.of("Authorization", "bearer " + token)).assertOk();

    assertEquals(withScheme, raw.data().path("userId").asText());
    assertEquals(withScheme, lowerCase.data().path("userId").asText());
    api.get("/api/v3/get-profile", null, Map.of("Authorization", "Basic " + token))
        .assertError(401, 2020);
  }

  @Test
  void numberSpellingsAreOneNumber() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);

    api.post(
            "/api/v3/send-sms",
            Map.of("channel", "CHANNEL_BIND_PHONE", "phoneNumber", spaced),
            null)
        .assertOk();
    String code = api.latestCode("+86" + phone);
    api.post("/api/v3/bind-phone", Map.of("phoneNumber", "+86 " + phone, "passCode", code), token)
        .assertOk();

    assertEquals(phone, api.profile(token).path("phone").asText());
  }

  @Test
  void bindFailsWithWrongCodeAndChangesNothing() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);

    api.bind(token, phone, wrong(code)).assertError(400, 2001);

    assertTrue(api.profile(token).path("phone").isNull());
    api.bind(token, phone, code).assertOk();
  }

  @Test
  void codeDiesAfterFiveWrongTries() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);

    // The guess that uses up the last try answers like any other: no hint that a code lives.
    for (int i = 0; i < 5; i++) {
      api.bind(token, phone, wrong(code)).assertError(400, 2001);
    }
    api.bind(token, phone, wrong(code)).assertError(400, 2001);
    api.bind(token, phone, code).assertError(400, 6008);

    assertTrue(api.profile(token).path("phone").isNull());
  }

  @Test
  void bindFailsWhenCodeExpired() throws InterruptedException {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);

    Thread.sleep((DeployedEar.codeTtlSeconds() + 1) * 1000);

    api.bind(token, phone, code).assertError(400, 2300);
    assertTrue(api.profile(token).path("phone").isNull());
  }

  @Test
  void codeCannotBeUsedTwice() {
    String firstUser = api.newUserToken();
    String secondUser = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);
    api.bind(firstUser, phone, code).assertOk();

    api.bind(secondUser, phone, code).assertError(400, 6007);

    assertTrue(api.profile(secondUser).path("phone").isNull());
  }

  @Test
  void phoneBoundToAnotherAccountCannotBeBoundAgain() throws InterruptedException {
    String owner = api.newUserToken();
    String other = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(owner, phone, api.latestCode("+86" + phone)).assertOk();

    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 200);
    api.sendBindCode(phone).assertOk();
    api.bind(other, phone, api.latestCode("+86" + phone)).assertError(409, 2035);

    assertEquals(phone, api.profile(owner).path("phone").asText());
    assertTrue(api.profile(other).path("phone").isNull());
  }

  @Test
  void userWithPhoneMustChangeInsteadOfBind() {
    String token = api.newUserToken();
    String first = Api.randomMobile();
    api.sendBindCode(first).assertOk();
    api.bind(token, first, api.latestCode("+86" + first)).assertOk();

    String second = Api.randomMobile();
    api.sendBindCode(second).assertOk();
    api.bind(token, second, api.latestCode("+86" + second)).assertError(409, 6009);

    assertEquals(first, api.profile(token).path("phone").asText());
  }

  @Test
  void secondSendWithinAMinuteIsRefusedWithRetryAfter() {
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String firstCode = api.latestCode("+86" + phone);

    Api.Answer refused = api.sendBindCode(phone).assertError(429, 6010);

    long retryAfter = refused.data().path("retryAfterSeconds").asLong();
    long interval = DeployedEar.resendIntervalSeconds();
    assertTrue(retryAfter > 0 && retryAfter <= interval, () -> "retryAfterSeconds " + retryAfter);
    assertEquals(1, api.devMessages("+86" + phone).size());
    assertEquals(firstCode, api.latestCode("+86" + phone));
  }

  @Test
  void messagesFollowTheCallersLanguage() {
    Api.Answer english =
        api.post("/api/v3/bind-phone", "{}", null, Map.of("x-authing-lang", "en-US"));
    assertEquals("You are not signed in", english.body().path("message").asText());

    Api.Answer byBrowser =
        api.post("/api/v3/bind-phone", "{}", null, Map.of("Accept-Language", "en-GB,en;q=0.8"));
    assertEquals("You are not signed in", byBrowser.body().path("message").asText());

    Api.Answer chinese = api.post("/api/v3/bind-phone", "{}", null);
    assertEquals("尚未登录，请先登录", chinese.body().path("message").asText());
  }

  @Test
  void smsTextFollowsTheCallersLanguage() {
    String phone = Api.randomMobile();
    api.post(
            "/api/v3/send-sms",
            Map.of("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone),
            null,
            Map.of("x-authing-lang", "en-US"))
        .assertOk();

    String text = api.devMessages("+86" + phone).get(0).path("text").asText();
    assertTrue(text.contains("Your verification code is"), text);
    assertFalse(text.contains("验证码"), text);
  }

  static String wrong(String code) {
    char last = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }
}
