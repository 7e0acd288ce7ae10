package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Changing and unbinding a phone, with the notices and the audit trail they leave. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneLifecycleIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void userChangesPhoneWithCodesToOldAndNewNumber() {
    String token = api.newUserToken();
    String oldPhone = api.bindNewPhone(token);
    String newPhone = Api.randomMobile();

    String tokenToUpdate =
        api.verifyPhoneChange(token, oldPhone, newPhone).path("updatePhoneToken").asText();
    JsonNode changed =
        api.post("/api/v3/update-phone", Map.of("updatePhoneToken", tokenToUpdate), token)
            .assertOk()
            .data();

    assertEquals(newPhone, changed.path("phone").asText());
    // The session that made the change goes on (SessionsAndGrantsIT: every other one ends).
    assertEquals(newPhone, api.profile(token).path("phone").asText());
    String notice = api.devMessages("+86" + oldPhone).get(0).path("text").asText();
    assertTrue(notice.contains("解除绑定") && notice.contains("如非本人操作"), notice);
    assertEquals(
        "NOTICE_PHONE_REMOVED", api.devMessages("+86" + oldPhone).get(0).path("channel").asText());
  }

  @Test
  void updateTokenWorksOnceAndOnlyForItsUser() {
    Api.User user = api.newUser();
    String token = user.token();
    String oldPhone = api.bindNewPhone(token);
    String newPhone = Api.randomMobile();
    String updateToken =
        api.verifyPhoneChange(token, oldPhone, newPhone).path("updatePhoneToken").asText();

    String stranger = api.newUserToken();
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", updateToken), stranger)
        .assertError(400, 6017);
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", updateToken), token).assertOk();
    String signedInAgain = api.tokenOf(user.username());
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", updateToken), signedInAgain)
        .assertError(400, 6017);
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", "forged"), signedInAgain)
        .assertError(400, 6017);
    assertTrue(api.profile(stranger).path("phone").isNull());
  }

  @Test
  void flutterSdkStyleBareTokenIsAccepted() {
    String token = api.newUserToken();
    String oldPhone = api.bindNewPhone(token);
    String newPhone = Api.randomMobile();
    String updateToken =
        api.verifyPhoneChange(token, oldPhone, newPhone).path("updatePhoneToken").asText();

    JsonNode changed =
        api.post("/api/v3/update-phone", "\"" + updateToken + "\"", token).assertOk().data();

    assertEquals(newPhone, changed.path("phone").asText());
  }

  @Test
  void changeIsRefusedForWrongOldNumberSameNumberOrWrongCode() {
    String token = api.newUserToken();
    String oldPhone = api.bindNewPhone(token);
    String other = Api.randomMobile();

    api.post(
            "/api/v3/verify-update-phone-request",
            Api.changeBody(other, "111111", other, "111111"),
            token)
        .assertError(400, 2038);
    api.post(
            "/api/v3/verify-update-phone-request",
            Api.changeBody(oldPhone, "111111", oldPhone, "111111"),
            token)
        .assertError(400, 2230);

    api.post("/api/v3/send-sms", Api.sms("CHANNEL_UNBIND_PHONE", oldPhone), null).assertOk();
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_BIND_PHONE", other), null).assertOk();
    String oldCode = api.latestCode("+86" + oldPhone);
    String newCode = api.latestCode("+86" + other);
    api.post(
            "/api/v3/verify-update-phone-request",
            Api.changeBody(oldPhone, oldCode, other, PhoneBindingIT.wrong(newCode)),
            token)
        .assertError(400, 2001);
    // The refused new code spent neither code: both still work together.
    api.post(
            "/api/v3/verify-update-phone-request",
            Api.changeBody(oldPhone, oldCode, other, newCode),
            token)
        .assertOk();
    assertEquals(oldPhone, api.profile(token).path("phone").asText());
  }

  @Test
  void changeToANumberOfAnotherAccountIsRefused() throws InterruptedException {
    String owner = api.newUserToken();
    String taken = api.bindNewPhone(owner);
    String token = api.newUserToken();
    String oldPhone = api.bindNewPhone(token);

    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 200);
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_UNBIND_PHONE", oldPhone), null).assertOk();
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_BIND_PHONE", taken), null).assertOk();
    api.post(
            "/api/v3/verify-update-phone-request",
            Api.changeBody(
                oldPhone, api.latestCode("+86" + oldPhone), taken, api.latestCode("+86" + taken)),
            token)
        .assertError(409, 2035);

    assertEquals(oldPhone, api.profile(token).path("phone").asText());
    assertEquals(taken, api.profile(owner).path("phone").asText());
  }

  @Test
  void userUnbindsPhoneWithCodeAndTheNumberIsNotified() {
    Api.User user = api.newUser();
    String token = user.token();
    String phone = api.bindNewPhone(token);

    api.post("/api/v3/send-sms", Api.sms("CHANNEL_UNBIND_PHONE", phone), null).assertOk();
    api.post("/api/v3/unbind-phone", Map.of("passCode", api.latestCode("+86" + phone)), token)
        .assertOk();

    token = api.tokenOf(user.username());
    JsonNode profile = api.profile(token);
    assertTrue(profile.path("phone").isNull());
    assertTrue(!profile.path("phoneVerified").asBoolean());
    assertEquals(
        "NOTICE_PHONE_REMOVED", api.devMessages("+86" + phone).get(0).path("channel").asText());
    api.post("/api/v3/unbind-phone", Map.of("passCode", "123456"), token).assertError(400, 6015);
  }

  @Test
  void bindCodeDoesNotUnbind() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String bindCode = api.latestCode("+86" + phone);
    api.bind(token, phone, bindCode).assertOk();

    api.post("/api/v3/unbind-phone", Map.of("passCode", bindCode), token).assertError(400, 2001);

    assertEquals(phone, api.profile(token).path("phone").asText());
  }

  @Test
  void channelsWithoutAFlowAreRefusedClearly() {
    String phone = Api.randomMobile();
    for (String channel :
        new String[] {
          "CHANNEL_BIND_MFA",
          "CHANNEL_VERIFY_MFA",
          "CHANNEL_UNBIND_MFA",
          "CHANNEL_COMPLETE_PHONE",
          "CHANNEL_DELETE_ACCOUNT"
        }) {
      api.post("/api/v3/send-sms", Api.sms(channel, phone), null).assertError(400, 6006);
    }
    assertEquals(0, api.devMessages("+86" + phone).size());
  }

  @Test
  void historyShowsEveryChangeAndRefusalAndSurvivesAPhoneChange() {
    Api.User user = api.newUser();
    String token = user.token();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);
    api.bind(token, phone, PhoneBindingIT.wrong(code)).assertError(400, 2001);
    api.bind(token, phone, code).assertOk();
    String newPhone = Api.randomMobile();
    String updateToken =
        api.verifyPhoneChange(token, phone, newPhone).path("updatePhoneToken").asText();
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", updateToken), token).assertOk();

    JsonNode history =
        api.get(
                "/api/v3/get-my-phone-history",
                api.tokenOf(user.username()),
                Map.of("User-Agent", "history-test/1.0"))
            .assertOk()
            .data()
            .path("list");
    // Password sign-ins are in the trail too; this test follows the phone's entries.
    List<JsonNode> list = new ArrayList<>();
    history.forEach(
        entry -> {
          if (!"SIGN_IN_BY_PASSWORD".equals(entry.path("action").asText())) {
            list.add(entry);
          }
        });
    assertEquals("SIGN_IN_BY_PASSWORD", history.get(0).path("action").asText(), history::toString);

    assertEquals(4, list.size(), history::toString);
    assertEquals("CHANGE_PHONE", list.get(0).path("action").asText());
    assertEquals("VERIFY_PHONE_CHANGE", list.get(1).path("action").asText());
    assertEquals("BIND_PHONE", list.get(2).path("action").asText());
    assertEquals("SUCCESS", list.get(2).path("outcome").asText());
    assertEquals("BIND_PHONE", list.get(3).path("action").asText());
    assertEquals("REFUSED", list.get(3).path("outcome").asText());
    assertEquals(2001, list.get(3).path("apiCode").asInt());
    String masked = list.get(3).path("phone").asText();
    assertEquals("+86 " + phone.substring(0, 3) + "****" + phone.substring(7), masked);
    assertEquals(api.clientIp, list.get(3).path("ip").asText());
  }
}
