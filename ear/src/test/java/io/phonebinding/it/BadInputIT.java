package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input of every sort gets a clear envelope, never a 500, and changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  /** The domain names the input that failed; the envelope names the JSON field that carried it. */
  @Test
  void aRefusalNamesTheFieldTheClientSent() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    Map<String, String> english = Map.of("Accept-Language", "en-US");

    assertMessageNames(
        "phoneNumber",
        api.post("/api/v3/send-sms", "{\"channel\":\"CHANNEL_BIND_PHONE\"}", null, english)
            .assertError(400, 6002));
    assertMessageNames(
        "phoneCountryCode",
        api.post(
                "/api/v3/send-sms",
                "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":\""
                    + phone
                    + "\",\"phoneCountryCode\":\"+999\"}",
                null,
                english)
            .assertError(400, 6004));
    assertMessageNames(
        "passCode",
        api.post("/api/v3/bind-phone", "{\"phoneNumber\":\"" + phone + "\"}", token, english)
            .assertError(400, 6002));
    assertMessageNames(
        "newPhoneNumber",
        api.post(
                "/api/v3/verify-update-phone-request",
                "{\"verifyMethod\":\"PHONE_PASSCODE\",\"phonePassCodePayload\":{"
                    + "\"oldPhoneNumber\":\""
                    + phone
                    + "\",\"oldPhonePassCode\":\"123456\",\"newPhoneNumber\":\"12345\","
                    + "\"newPhonePassCode\":\"123456\"}}",
                token,
                english)
            .assertError(400, 6004));
    Api.Answer signIn =
        api.post(
                "/api/v3/signin",
                "{\"connection\":\"PASSWORD\",\"passwordPayload\":"
                    + "{\"phone\":\"12345\",\"password\":\"long-enough-1\"}}",
                null,
                english)
            .assertError(400, 6004);
    assertMessageNames("phone", signIn);
    assertTrue(!signIn.body().path("message").asText().contains("phoneNumber"), signIn::toString);
  }

  private static void assertMessageNames(String field, Api.Answer answer) {
    String message = answer.body().path("message").asText();
    assertTrue(message.endsWith(": " + field), () -> "names " + field + ": " + message);
  }

  @Test
  void malformedBodiesAreRefusedAndChangeNothing() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    String longNumber = "1".repeat(4000);

    // send-sms
    api.post("/api/v3/send-sms", "{bad json", null).assertError(400, 6001);
    api.post("/api/v3/send-sms", "", null).assertError(400, 6001);
    api.post("/api/v3/send-sms", "null", null).assertError(400, 6001);
    api.post("/api/v3/send-sms", "[]", null).assertError(400, 6003);
    api.post("/api/v3/send-sms", "{}", null).assertError(400, 6002);
    api.post("/api/v3/send-sms", sms("CHANNEL_BIND_PHONE", ""), null).assertError(400, 6002);
    api.post("/api/v3/send-sms", sms("", phone), null).assertError(400, 6002);
    api.post("/api/v3/send-sms", sms("CHANNEL_BIND_PHONE", longNumber), null)
        .assertError(400, 6004);
    api.post("/api/v3/send-sms", sms("CHANNEL_NOPE", phone), null).assertError(400, 6005);
    api.post("/api/v3/send-sms", sms("CHANNEL_DELETE_ACCOUNT", phone), null).assertError(400, 6006);
    api.post("/api/v3/send-sms", sms("CHANNEL_BIND_PHONE", "12345"), null).assertError(400, 6004);
    api.post("/api/v3/send-sms", sms("CHANNEL_BIND_PHONE", "010 1234 5678"), null)
        .assertError(403, 6048);
    api.post(
            "/api/v3/send-sms",
            "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":18888888888}",
            null)
        .assertError(400, 6003);
    api.post(
            "/api/v3/send-sms",
            "{\"channel\":[\"CHANNEL_BIND_PHONE\"],\"phoneNumber\":\"" + phone + "\"}",
            null)
        .assertError(400, 6003);
    api.post(
            "/api/v3/send-sms",
            Map.of(
                "channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone, "phoneCountryCode", "+999"),
            null)
        .assertError(400, 6004);
    api.post(
            "/api/v3/send-sms",
            Map.of("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone, "phoneCountryCode", "+1"),
            null)
        .assertError(400, 6004);

    // bind-phone
    api.post("/api/v3/bind-phone", bind(phone, "123456"), null).assertError(401, 2020);
    api.post("/api/v3/bind-phone", bind(phone, "123456"), "not-a-token").assertError(401, 6011);
    api.post("/api/v3/bind-phone", "{bad", token).assertError(400, 6001);
    api.post("/api/v3/bind-phone", "{}", token).assertError(400, 6002);
    api.post("/api/v3/bind-phone", bind(phone, ""), token).assertError(400, 6002);
    api.post("/api/v3/bind-phone", bind("", "123456"), token).assertError(400, 6002);
    api.post("/api/v3/bind-phone", bind(longNumber, "123456"), token).assertError(400, 6004);
    api.post("/api/v3/bind-phone", bind(phone, "123456"), token).assertError(400, 2001);
    api.post("/api/v3/bind-phone", "{\"phoneNumber\":\"" + phone + "\",\"passCode\":123456}", token)
        .assertError(400, 6003);
    api.post("/api/v3/bind-phone", "{\"phoneNumber\":{\"a\":1},\"passCode\":\"123456\"}", token)
        .assertError(400, 6003);

    // sign-in and sign-up
    api.post("/api/v3/signin", "{}", null).assertError(400, 6002);
    api.post("/api/v3/signin", "{\"connection\":\"LDAP\"}", null).assertError(400, 6013);
    api.post("/api/v3/signin", "{\"connection\":\"PASSWORD\"}", null).assertError(400, 6002);
    api.signIn("nobody-" + phone, Api.PASSWORD).assertError(400, 2333);
    api.post(
            "/api/v3/signup",
            "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"ab\",\"password\":\"x\"}}",
            null)
        .assertError(400, 6014);
    api.post(
            "/api/v3/signup",
            "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"abcdef-"
                + phone
                + "\",\"password\":\"short\"}}",
            null)
        .assertError(400, 2029);

    // get-profile
    api.get("/api/v3/get-profile", null).assertError(401, 2020);
    api.get("/api/v3/get-profile", "eyJhbGciOiJIUzI1NiJ9.e30.forged").assertError(401, 6011);

    // What never reached an endpoint keeps its HTTP status, still with the envelope.
    Api.Answer unknown = api.get("/api/v3/no-such-endpoint", token);
    assertEquals(404, unknown.httpStatus());
    unknown.assertEnvelope(404, 6404);
    Api.Answer wrongMethod = api.get("/api/v3/send-sms", null);
    assertEquals(405, wrongMethod.httpStatus());
    wrongMethod.assertEnvelope(405, 6405);

    assertTrue(api.profile(token).path("phone").isNull(), "profile changed");
    assertEquals(0, api.devMessages("+86" + phone).size(), "an SMS was sent");
  }

  @Test
  void userWhoAlreadyHasPhoneIsToldSoWithoutSpendingTheCode() throws InterruptedException {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(token, phone, api.latestCode("+86" + phone)).assertOk();

    String other = Api.randomMobile();
    api.sendBindCode(other).assertOk();
    String code = api.latestCode("+86" + other);
    api.bind(token, other, code).assertError(409, 6009);

    String newcomer = api.newUserToken();
    JsonNode bound = api.bind(newcomer, other, code).assertOk().data();
    assertEquals(other, bound.path("phone").asText());
  }

  private static Map<String, String> sms(String channel, String phoneNumber) {
    return Map.of("channel", channel, "phoneNumber", phoneNumber);
  }

  private static Map<String, String> bind(String phoneNumber, String passCode) {
    return Map.of("phoneNumber", phoneNumber, "passCode", passCode);
  }
}
