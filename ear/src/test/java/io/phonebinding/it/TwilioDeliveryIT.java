package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SMS through Twilio's Messages API, against a local WireMock stub standing in for api.twilio.com:
 * the exact request Twilio expects, and retries after server errors and timeouts.
 */
class TwilioDeliveryIT extends SecondServerTest {

  private static final String SID = "AC0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "twilio-auth-token";
  private static final String FROM = "+15005550006";
  private static final String PATH = "/2010-04-01/Accounts/" + SID + "/Messages.json";

  @Test
  void twilioGetsTheExactRequestAndOutagesAndTimeoutsAreRetried() {
    WireMockServer twilio = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    twilio.start();
    SecondServer server = secondServer();
    try {
      server.start(
          Map.of(
              "phonebind.sms.provider",
              "twilio",
              "phonebind.sms.twilio.base-url",
              "http://127.0.0.1:" + twilio.port(),
              "phonebind.sms.twilio.account-sid",
              SID,
              "phonebind.sms.twilio.auth-token",
              TOKEN,
              "phonebind.sms.twilio.from",
              FROM,
              "phonebind.sms.http-timeout-ms",
              "1000",
              "phonebind.sms.retry.initial-delay-ms",
              "300",
              "phonebind.sms.dispatch-interval-ms",
              "200"));
      Api api = server.api();
      List<String> codes = new ArrayList<>();

      // The exact request.
      twilio.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(created("SM-exact")));
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      OutboxRows.Row delivered = OutboxRows.awaitStatus(server, phone, "SENT");
      assertEquals("SM-exact", delivered.providerMessageId());
      assertEquals("twilio", delivered.provider());
      List<LoggedRequest> requests = requestsFor(twilio, phone);
      assertEquals(1, requests.size());
      LoggedRequest request = requests.get(0);
      String basic =
          Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
      assertEquals("Basic " + basic, request.getHeader("Authorization"));
      assertTrue(request.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
      Map<String, String> form = form(request.getBodyAsString());
      assertEquals("+86" + phone, form.get("To"));
      assertEquals(FROM, form.get("From"));
      String code = Api.codeIn(form.get("Body"));
      codes.add(code);
      api.bind(api.newUserToken(), phone, code).assertOk();

      // Two server errors, then success: delivered on the third attempt.
      String unlucky = Api.randomMobile();
      twilio.stubFor(
          post(urlEqualTo(PATH))
              .withRequestBody(containing(encoded(unlucky)))
              .atPriority(1)
              .inScenario("outage")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(500))
              .willSetStateTo("still down"));
      twilio.stubFor(
          post(urlEqualTo(PATH))
              .withRequestBody(containing(encoded(unlucky)))
              .atPriority(1)
              .inScenario("outage")
              .whenScenarioStateIs("still down")
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("up"));
      twilio.stubFor(
          post(urlEqualTo(PATH))
              .withRequestBody(containing(encoded(unlucky)))
              .atPriority(1)
              .inScenario("outage")
              .whenScenarioStateIs("up")
              .willReturn(created("SM-after-outage")));
      api.sendBindCode(unlucky).assertOk();
      OutboxRows.Row recovered = OutboxRows.awaitStatus(server, unlucky, "SENT");
      assertEquals(3, recovered.attempts());
      assertEquals("SM-after-outage", recovered.providerMessageId());
      assertEquals(3, requestsFor(twilio, unlucky).size());

      // A timeout, then success.
      String slow = Api.randomMobile();
      twilio.stubFor(
          post(urlEqualTo(PATH))
              .withRequestBody(containing(encoded(slow)))
              .atPriority(1)
              .inScenario("slow")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(created("SM-too-late").withFixedDelay(3000))
              .willSetStateTo("fast"));
      twilio.stubFor(
          post(urlEqualTo(PATH))
              .withRequestBody(containing(encoded(slow)))
              .atPriority(1)
              .inScenario("slow")
              .whenScenarioStateIs("fast")
              .willReturn(created("SM-after-timeout")));
      api.sendBindCode(slow).assertOk();
      OutboxRows.Row afterTimeout = OutboxRows.awaitStatus(server, slow, "SENT");
      assertEquals(2, afterTimeout.attempts());
      assertEquals("SM-after-timeout", afterTimeout.providerMessageId());

      // A refusal (bad number for Twilio) is final: no retry.
      String refused = Api.randomMobile();
      twilio.stubFor(
          post(urlEqualTo(PATH))
              .withRequestBody(containing(encoded(refused)))
              .atPriority(1)
              .willReturn(
                  aResponse()
                      .withStatus(400)
                      .withBody(
                          "{\"code\":21211,\"message\":\"Invalid 'To' number +86"
                              + refused
                              + "\"}")));
      api.sendBindCode(refused).assertOk();
      OutboxRows.Row failed = OutboxRows.awaitStatus(server, refused, "FAILED");
      assertEquals(1, failed.attempts());
      assertEquals(1, requestsFor(twilio, refused).size());
      // The provider's answer is kept for the operator, with the number it echoed masked.
      assertTrue(failed.lastError().contains("21211"), failed.lastError());
      assertFalse(failed.lastError().contains(refused), failed.lastError());
      assertFalse(server.log().contains(refused), "the log holds the refused number");

      // Every code the stub received: none is left in clear in any table.
      for (String sent : List.of(unlucky, slow, refused)) {
        codes.add(Api.codeIn(form(requestsFor(twilio, sent).get(0).getBodyAsString()).get("Body")));
      }
      OutboxRows.assertNoTableHolds(server, codes);
    } finally {
      server.stop();
      twilio.stop();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(
      String sid) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}");
  }

  private static List<LoggedRequest> requestsFor(WireMockServer twilio, String nationalNumber) {
    return twilio.findAll(
        postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(encoded(nationalNumber))));
  }

  private static String encoded(String nationalNumber) {
    return "To=%2B86" + nationalNumber;
  }

  static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }
}
