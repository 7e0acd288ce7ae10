package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Forgot password" by SMS: a code on CHANNEL_RESET_PASSWORD gives a one-time token, the token sets
 * the password, every earlier token ends and the phone is told.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

  private static final String VERIFY = "/api/v3/verify-reset-password-request";
  private static final String RESET = "/api/v3/reset-password";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void aCodeToTheBoundPhoneResetsThePasswordOnceAndEndsEveryToken() {
    Api.User user = api.newUser();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(user.token(), phone, api.latestCode("+86" + phone)).assertOk();
    String token = api.tokenOf(user.username());
    String refreshToken =
        api.post(
                "/api/v3/signin",
                Map.of(
                    "connection", "PASSWORD",
                    "passwordPayload",
                        Map.of("username", user.username(), "password", Api.PASSWORD),
                    "options", Map.of("scope", "offline_access")),
                null)
            .assertOk()
            .data()
            .path("refresh_token")
            .asText();

    JsonNode grant = api.post(VERIFY, verify(phone, sendCode(phone)), null).assertOk().data();
    String resetToken = grant.path("passwordResetToken").asText();
    assertFalse(resetToken.isEmpty(), grant::toString);
    assertTrue(grant.path("tokenExpiresIn").asLong() > 0, grant::toString);

    assertTrue(
        api.post(RESET, reset(resetToken, "a-brand-new-password"), null)
            .assertOk()
            .data()
            .path("success")
            .asBoolean());
    api.post(RESET, reset(resetToken, "yet-another-password"), null).assertError(400, 6033);

    api.signIn(user.username(), Api.PASSWORD).assertError(400, 2333);
    String fresh =
        api.signIn(user.username(), "a-brand-new-password")
            .assertOk()
            .data()
            .path("access_token")
            .asText();
    api.get("/api/v3/get-profile", token).assertError(401, 6028);
    Api.Answer refreshed =
        api.postForm(
            "/oidc/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    assertEquals(400, refreshed.httpStatus(), refreshed.body()::toString);

    JsonNode notice = api.devMessages("+86" + phone).get(0);
    assertEquals("NOTICE_PASSWORD_RESET", notice.path("channel").asText(), notice::toString);
    assertTrue(notice.path("text").asText().contains(user.username()), notice::toString);
    List<String> actions = api.historyActions(fresh);
    assertTrue(actions.contains("VERIFY_PASSWORD_RESET"), actions::toString);
    assertTrue(actions.contains("RESET_PASSWORD"), actions::toString);
  }

  @Test
  void aPhoneWithoutAnAccountIsToldOnlyAfterARightCode() {
    String phone = Api.randomMobile();
    String code = sendCode(phone);
    api.post(VERIFY, verify(phone, code.equals("000000") ? "111111" : "000000"), null)
        .assertError(400, 2001);
    api.post(VERIFY, verify(phone, code), null).assertError(404, 2004);
  }

  @Test
  void wrongResetCodesAreCappedPerPhoneAndPerClientLikeSignInFailures() throws Exception {
    String phone = Api.randomMobile();
    String code = sendCode(phone);
    for (int i = 0; i < 5; i++) {
      api.post(VERIFY, verify(phone, PhoneBindingIT.wrong(code)), null).assertError(400, 2001);
    }
    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 200);
    Api.Answer capped = api.post(VERIFY, verify(phone, sendCode(phone)), null);
    capped.assertError(429, 6023);
    assertTrue(capped.data().path("retryAfterSeconds").asLong() > 0, capped::toString);

    // Per client: 20 wrong codes from one address over several phones, then a right one.
    Api client = new Api();
    for (int failures = 0; failures < 20; ) {
      String other = Api.randomMobile();
      String otherCode = client.sendCode("CHANNEL_RESET_PASSWORD", other);
      for (int i = 0; i < 5 && failures < 20; i++, failures++) {
        client
            .post(VERIFY, verify(other, PhoneBindingIT.wrong(otherCode)), null)
            .assertError(400, 2001);
      }
    }
    String fresh = Api.randomMobile();
    client
        .post(VERIFY, verify(fresh, client.sendCode("CHANNEL_RESET_PASSWORD", fresh)), null)
        .assertError(429, 6023);
  }

  @Test
  void badResetRequestsChangeNothing() {
    String phone = Api.randomMobile();
    api.post(VERIFY, Map.of("verifyMethod", "EMAIL_PASSCODE"), null).assertError(400, 6024);
    api.post(VERIFY, Map.of("verifyMethod", "PHONE_PASSCODE"), null).assertError(400, 6002);
    api.post(
            VERIFY,
            Map.of(
                "verifyMethod",
                "PHONE_PASSCODE",
                "phonePassCodePayload",
                Map.of("phoneNumber", phone)),
            null)
        .assertError(400, 6002);
    api.post(RESET, reset("made-up-token", "a-brand-new-password"), null).assertError(400, 6033);
    api.post(RESET, Map.of("password", "a-brand-new-password"), null).assertError(400, 6002);
    api.post(
            RESET,
            Map.of(
                "passwordResetToken", "made-up-token",
                "password", "a-brand-new-password",
                "passwordEncryptType", "rsa"),
            null)
        .assertError(400, 6003);
  }

  private String sendCode(String phone) {
    api.post(
            "/api/v3/send-sms",
            Map.of(
                "channel",
                "CHANNEL_RESET_PASSWORD",
                "phoneNumber",
                phone,
                "phoneCountryCode",
                "+86"),
            null)
        .assertOk();
    return api.latestCode("+86" + phone);
  }

  private static Map<String, Object> verify(String phone, String code) {
    return Map.of(
        "verifyMethod",
        "PHONE_PASSCODE",
        "phonePassCodePayload",
        Map.of("phoneNumber", phone, "passCode", code, "phoneCountryCode", "+86"));
  }

  private static Map<String, Object> reset(String token, String password) {
    return Map.of("passwordResetToken", token, "password", password, "passwordEncryptType", "none");
  }
}
