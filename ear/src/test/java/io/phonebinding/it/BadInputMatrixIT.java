package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Well over a hundred malformed or hostile requests across every endpoint: each gets Authing's
 * envelope with the right status and apiCode, none a 500, and the database is the same afterwards
 * (but for the audit trail and sign-in failures, which record refusals by design).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputMatrixIT {

  private static final String SQL = "' OR '1'='1'; DROP TABLE users; --";
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String[] MALFORMED_BODIES = {
    "",
    "{",
    "{\"a\":",
    "[]",
    "null",
    "123",
    "true",
    "{\"a\":1}}",
    "\u0000\u0001",
    "{'single':'quotes'}"
  };
  private static final Set<Integer> MALFORMED = Set.of(6001, 6002, 6003);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  /** One hostile request and the answer it must get. */
  private record Case(
      String method,
      String path,
      String body,
      String token,
      int http,
      int statusCode,
      Set<Integer> apiCodes) {}

  @Test
  void everyHostileRequestGetsItsEnvelopeAndChangesNothing() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    String boundPhone = Api.randomMobile();
    String tokenWithPhone = api.newUserToken();
    api.sendBindCode(boundPhone).assertOk();
    api.bind(tokenWithPhone, boundPhone, api.latestCode("+86" + boundPhone)).assertOk();

    List<Case> cases = new ArrayList<>();
    String[] postEndpoints = {
      "signin",
      "signup",
      "send-sms",
      "bind-phone",
      "verify-update-phone-request",
      "update-phone",
      "unbind-phone"
    };
    for (String endpoint : postEndpoints) {
      for (String body : MALFORMED_BODIES) {
        cases.add(post(endpoint, body, token, 400, MALFORMED));
      }
      cases.add(post(endpoint, "{\"x\":\"" + "A".repeat(70_000) + "\"}", token, 400, MALFORMED));
      cases.add(post(endpoint, "[".repeat(5_000) + "]".repeat(5_000), token, 400, MALFORMED));
    }

    // send-sms: every field wrong in every way.
    cases.add(post("send-sms", json("channel", 42, "phoneNumber", phone), null, 400, Set.of(6003)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", 18812345678L),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", List.of(phone)),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", Map.of("n", phone)),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone, "phoneCountryCode", 86),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", SQL),
            null,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", SCRIPT),
            null,
            400,
            Set.of(6004)));
    cases.add(
        post("send-sms", json("channel", SQL, "phoneNumber", phone), null, 400, Set.of(6005)));
    cases.add(
        post("send-sms", json("channel", SCRIPT, "phoneNumber", phone), null, 400, Set.of(6005)));
    cases.add(
        post(
            "send-sms",
            json("channel", "channel_bind_phone", "phoneNumber", phone),
            null,
            400,
            Set.of(6005)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", "1".repeat(4000)),
            null,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", "   "),
            null,
            400,
            Set.of(6002)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone, "phoneCountryCode", "+0"),
            null,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone, "phoneCountryCode", SQL),
            null,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "send-sms",
            json(
                "channel",
                "CHANNEL_BIND_PHONE",
                "phoneNumber",
                "+1 201 555 0123",
                "phoneCountryCode",
                "+86"),
            null,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", "010 6552 9988"),
            null,
            403,
            Set.of(6048)));
    cases.add(
        post(
            "send-sms",
            json("channel", "CHANNEL_BIND_PHONE", "phoneNumber", "188-1234-56789-0"),
            null,
            400,
            Set.of(6004)));

    // bind-phone
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", "123456"),
            null,
            401,
            Set.of(2020)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", "123456"),
            "garbage",
            401,
            Set.of(6011)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", "123456"),
            token + "x",
            401,
            Set.of(6011)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", "123456"),
            forgedNoneAlgorithm(token),
            401,
            Set.of(6011)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", 123456),
            token,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", List.of("1")),
            token,
            400,
            Set.of(6003)));
    cases.add(
        // Longer than any code: refused for its length (InputLengthsIT) before it is compared.
        post("bind-phone", json("phoneNumber", phone, "passCode", SQL), token, 400, Set.of(6003)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", SCRIPT),
            token,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", "1".repeat(5000)),
            token,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", inDigits(phone, '\u0660'), "passCode", "123456"),
            token,
            400,
            Set.of(2001)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", inDigits(phone, '\uff10'), "passCode", "١٢٣٤٥٦"),
            token,
            400,
            Set.of(2001)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", SQL, "passCode", "123456"),
            token,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "bind-phone", json("phoneNumber", "", "passCode", "123456"), token, 400, Set.of(6002)));
    cases.add(post("bind-phone", json("phoneNumber", phone), token, 400, Set.of(6002)));
    cases.add(post("bind-phone", json("passCode", "123456"), token, 400, Set.of(6002)));
    cases.add(
        post(
            "bind-phone",
            json("phoneNumber", phone, "passCode", "123456"),
            tokenWithPhone,
            409,
            Set.of(6009)));

    // verify-update-phone-request and update-phone
    cases.add(
        post(
            "verify-update-phone-request",
            json("verifyMethod", "EMAIL_PASSCODE"),
            tokenWithPhone,
            400,
            Set.of(6024)));
    cases.add(
        post(
            "verify-update-phone-request",
            json("verifyMethod", SQL),
            tokenWithPhone,
            400,
            Set.of(6024)));
    cases.add(
        post(
            "verify-update-phone-request",
            json("verifyMethod", "PHONE_PASSCODE"),
            tokenWithPhone,
            400,
            Set.of(6002)));
    cases.add(
        post(
            "verify-update-phone-request",
            json("verifyMethod", 1),
            tokenWithPhone,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "verify-update-phone-request",
            json("verifyMethod", "PHONE_PASSCODE", "phonePassCodePayload", "x"),
            tokenWithPhone,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "verify-update-phone-request", changeBody(boundPhone, phone), null, 401, Set.of(2020)));
    cases.add(
        post(
            "verify-update-phone-request",
            changeBody(boundPhone, phone),
            token,
            400,
            Set.of(6015)));
    cases.add(
        post(
            "verify-update-phone-request",
            changeBody(phone, boundPhone),
            tokenWithPhone,
            400,
            Set.of(2038)));
    cases.add(
        post(
            "verify-update-phone-request",
            changeBody(boundPhone, boundPhone),
            tokenWithPhone,
            400,
            Set.of(2230)));
    cases.add(
        post(
            "verify-update-phone-request",
            changeBody(boundPhone, phone),
            tokenWithPhone,
            400,
            Set.of(2001)));
    cases.add(
        post(
            "verify-update-phone-request",
            changeBody(boundPhone, SQL),
            tokenWithPhone,
            400,
            Set.of(6004)));
    cases.add(
        post(
            "update-phone", json("updatePhoneToken", "forged"), tokenWithPhone, 400, Set.of(6017)));
    cases.add(
        post("update-phone", json("updatePhoneToken", SQL), tokenWithPhone, 400, Set.of(6017)));
    cases.add(
        post(
            "update-phone",
            json("updatePhoneToken", "x".repeat(3000)),
            tokenWithPhone,
            400,
            Set.of(6003)));
    cases.add(post("update-phone", json("updatePhoneToken", 7), tokenWithPhone, 400, Set.of(6003)));
    cases.add(
        post("update-phone", json("updatePhoneToken", ""), tokenWithPhone, 400, Set.of(6002)));
    cases.add(post("update-phone", json("updatePhoneToken", "forged"), null, 401, Set.of(2020)));

    // unbind-phone
    cases.add(post("unbind-phone", json("passCode", "123456"), null, 401, Set.of(2020)));
    cases.add(post("unbind-phone", json("passCode", "123456"), token, 400, Set.of(6015)));
    cases.add(post("unbind-phone", json("passCode", SQL), tokenWithPhone, 400, Set.of(6003)));
    cases.add(post("unbind-phone", json("passCode", ""), tokenWithPhone, 400, Set.of(6002)));
    cases.add(post("unbind-phone", json("passCode", 1), tokenWithPhone, 400, Set.of(6003)));

    // signin and signup
    cases.add(
        post(
            "signin",
            json(
                "connection", "PASSWORD", "passwordPayload", json("account", SQL, "password", SQL)),
            null,
            400,
            Set.of(2333)));
    cases.add(
        post(
            "signin",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("account", SCRIPT, "password", "x")),
            null,
            400,
            Set.of(2333)));
    cases.add(
        post(
            "signin",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("account", "a".repeat(5000), "password", "x")),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "signin",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("account", "alice", "password", "p".repeat(5000))),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "signin",
            json("connection", "PASSWORD", "passwordPayload", "x"),
            null,
            400,
            Set.of(6003)));
    cases.add(post("signin", json("connection", "PASSCODE"), null, 400, Set.of(6002)));
    cases.add(post("signin", json("connection", "SOCIAL"), null, 400, Set.of(6013)));
    cases.add(
        post(
            "signin",
            json("connection", "PASSCODE", "passCodePayload", "x"),
            null,
            400,
            Set.of(6003)));
    cases.add(post("signup", json("connection", "PASSCODE"), null, 400, Set.of(6002)));
    cases.add(post("signin", json("connection", 1), null, 400, Set.of(6003)));
    cases.add(
        post(
            "signup",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("username", SQL, "password", "long-enough-1")),
            null,
            400,
            Set.of(6014)));
    cases.add(
        post(
            "signup",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("username", SCRIPT, "password", "long-enough-1")),
            null,
            400,
            Set.of(6014)));
    cases.add(
        post(
            "signup",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("username", "u".repeat(65), "password", "long-enough-1")),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "signup",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json(
                    "username",
                    "valid_name_" + phone,
                    "email",
                    SCRIPT,
                    "password",
                    "long-enough-1")),
            null,
            400,
            Set.of(2003)));
    cases.add(
        post(
            "signup",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("username", "valid_name_" + phone, "password", "p".repeat(200))),
            null,
            400,
            Set.of(6003)));
    cases.add(
        post(
            "signup",
            json(
                "connection",
                "PASSWORD",
                "passwordPayload",
                json("username", "valid_name_" + phone)),
            null,
            400,
            Set.of(6002)));

    // GET endpoints with bad or missing tokens
    for (String path : new String[] {"get-profile", "get-my-phone-history"}) {
      cases.add(get(path, null, 401, Set.of(2020)));
      cases.add(get(path, "garbage", 401, Set.of(6011)));
      cases.add(get(path, "a.b.c", 401, Set.of(6011)));
      cases.add(get(path, SQL, 401, Set.of(6011)));
      cases.add(get(path, forgedNoneAlgorithm(token), 401, Set.of(6011)));
    }
    cases.add(
        new Case(
            "GET",
            "/api/v3/get-my-phone-history?limit="
                + SQL.replace(" ", "%20").replace("'", "%27").replace(";", "%3B"),
            null,
            token,
            200,
            400,
            Set.of(6003)));

    // What never reaches an endpoint keeps its HTTP status.
    cases.add(new Case("GET", "/api/v3/does-not-exist", null, null, 404, 404, Set.of(6404)));
    cases.add(new Case("GET", "/api/v3/get-profile/extra", null, token, 404, 404, Set.of(6404)));
    cases.add(new Case("GET", "/api/v3/send-sms", null, null, 405, 405, Set.of(6405)));
    cases.add(new Case("DELETE", "/api/v3/bind-phone", null, token, 405, 405, Set.of(6405)));
    cases.add(new Case("PUT", "/api/v3/get-profile", "{}", token, 405, 405, Set.of(6405)));

    Map<String, String> before = DatabaseSnapshot.take();
    for (Case hostile : cases) {
      check(hostile);
    }
    for (Case hostile :
        List.of(
            new Case(
                "POST",
                "/api/v3/send-sms",
                "channel=CHANNEL_BIND_PHONE",
                null,
                415,
                415,
                Set.of(6415)),
            new Case("POST", "/api/v3/bind-phone", "<xml/>", token, 415, 415, Set.of(6415)))) {
      checkWithContentType(
          hostile,
          hostile.body().startsWith("<") ? "application/xml" : "application/x-www-form-urlencoded");
    }
    Map<String, String> after = DatabaseSnapshot.take();

    assertTrue(cases.size() >= 100, "only " + cases.size() + " cases");
    before.forEach((query, rows) -> assertEquals(rows, after.get(query), "changed: " + query));
    assertTrue(api.profile(token).path("phone").isNull());
    assertEquals(boundPhone, api.profile(tokenWithPhone).path("phone").asText());
  }

  private void check(Case hostile) {
    Api.Answer answer =
        "GET".equals(hostile.method())
            ? api.get(hostile.path(), hostile.token())
            : api.send(
                hostile.method(),
                hostile.path(),
                hostile.body(),
                hostile.token(),
                "application/json");
    assertAnswer(hostile, answer);
  }

  private void checkWithContentType(Case hostile, String contentType) {
    assertAnswer(
        hostile,
        api.send(hostile.method(), hostile.path(), hostile.body(), hostile.token(), contentType));
  }

  private static void assertAnswer(Case hostile, Api.Answer answer) {
    String what =
        hostile.method()
            + " "
            + abbreviate(hostile.path())
            + " "
            + abbreviate(hostile.body())
            + " -> "
            + answer.body();
    assertEquals(hostile.http(), answer.httpStatus(), what);
    assertEquals(hostile.statusCode(), answer.statusCode(), what);
    assertTrue(hostile.apiCodes().contains(answer.apiCode()), what);
    assertFalse(answer.body().path("message").asText().isBlank(), what);
    assertFalse(answer.body().toString().contains("Exception"), what);
    assertFalse(answer.body().toString().contains("at io.phonebinding"), what);
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }

  private static Case post(
      String endpoint, Object body, String token, int statusCode, Set<Integer> apiCodes) {
    return post(endpoint, body, token, 200, statusCode, apiCodes);
  }

  private static Case post(
      String endpoint, Object body, String token, int http, int statusCode, Set<Integer> apiCodes) {
    String json = body instanceof String text ? text : Api.toJson(body);
    return new Case("POST", "/api/v3/" + endpoint, json, token, http, statusCode, apiCodes);
  }

  private static Case get(String endpoint, String token, int statusCode, Set<Integer> apiCodes) {
    return new Case("GET", "/api/v3/" + endpoint, null, token, 200, statusCode, apiCodes);
  }

  private static Map<String, Object> json(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> changeBody(String oldPhone, String newPhone) {
    return json(
        "verifyMethod",
        "PHONE_PASSCODE",
        "phonePassCodePayload",
        json(
            "oldPhoneNumber",
            oldPhone,
            "oldPhonePassCode",
            "000000",
            "newPhoneNumber",
            newPhone,
            "newPhonePassCode",
            "000000"));
  }

  /** The number written with another script's digits, starting at {@code zero}. */
  private static String inDigits(String number, char zero) {
    StringBuilder digits = new StringBuilder();
    number.chars().forEach(c -> digits.append((char) (zero + (c - '0'))));
    return digits.toString();
  }

  /** The user's own token with its signature dropped and its algorithm set to "none". */
  private static String forgedNoneAlgorithm(String token) {
    String payload = token.split("\\.")[1];
    String header =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes());
    return header + "." + payload + ".";
  }
}
