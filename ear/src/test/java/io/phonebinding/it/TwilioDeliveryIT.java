package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMS through Twilio's Messages API, against a local WireMock stub standing in for
 * api.twilio.com: the exact request Twilio expects, and retries after server errors and timeouts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwilioDeliveryIT {

  private static final String SID = "AC0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "twilio-auth-token";
  private static final String FROM = "+15005550006";
  private static final String PATH = "/2010-04-01/Accounts/" + SID + "/Messages.json";

  @ArquillianResource ContainerController controller;

  @ArquillianResource Deployer deployer;

  @Deployment(name = SecondServer.DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.NAME)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void twilioGetsTheExactRequestAndOutagesAndTimeoutsAreRetried() {
    WireMockServer twilio = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    twilio.start();
    SecondServer server = new SecondServer(controller, deployer);
    try {
      server.start(
          Map.of(
              "phonebind.sms.provider", "twilio",
              "phonebind.sms.twilio.base-url", "http://127.0.0.1:" + twilio.port(),
              "phonebind.sms.twilio.account-sid", SID,
              "phonebind.sms.twilio.auth-token", TOKEN,
              "phonebind.sms.twilio.from", FROM,
              "phonebind.sms.http-timeout-ms", "1000",
              "phonebind.sms.retry.initial-delay-ms", "300",
              "phonebind.sms.dispatch-interval-ms", "200"));
      Api api = server.api();

      // The exact request.
      twilio.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(created("SM-exact")));
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      JsonNode delivered = awaitStatus(api, phone, "SENT");
      assertEquals("SM-exact", delivered.path("providerMessageId").asText());
      assertEquals("twilio", delivered.path("provider").asText());
      List<LoggedRequest> requests = requestsFor(twilio, phone);
      assertEquals(1, requests.size());
      LoggedRequest request = requests.get(0);
      String basic = Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
      assertEquals("Basic " + basic, request.getHeader("Authorization"));
      assertTrue(request.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
      Map<String, String> form = form(request.getBodyAsString());
      assertEquals("+86" + phone, form.get("To"));
      assertEquals(FROM, form.get("From"));
      assertEquals(delivered.path("text").asText(), form.get("Body"));
      assertTrue(form.get("Body").contains(api.latestCode("+86" + phone)));

      // Two server errors, then success: delivered on the third attempt.
      String unlucky = Api.randomMobile();
      twilio.stubFor(
          post(urlEqualTo(PATH)).withRequestBody(containing(encoded(unlucky))).atPriority(1)
              .inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(500)).willSetStateTo("still down"));
      twilio.stubFor(
          post(urlEqualTo(PATH)).withRequestBody(containing(encoded(unlucky))).atPriority(1)
              .inScenario("outage").whenScenarioStateIs("still down")
              .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
      twilio.stubFor(
          post(urlEqualTo(PATH)).withRequestBody(containing(encoded(unlucky))).atPriority(1)
              .inScenario("outage").whenScenarioStateIs("up").willReturn(created("SM-after-outage")));
      api.sendBindCode(unlucky).assertOk();
      JsonNode recovered = awaitStatus(api, unlucky, "SENT");
      assertEquals(3, recovered.path("attempts").asInt());
      assertEquals("SM-after-outage", recovered.path("providerMessageId").asText());
      assertEquals(3, requestsFor(twilio, unlucky).size());

      // A timeout, then success.
      String slow = Api.randomMobile();
      twilio.stubFor(
          post(urlEqualTo(PATH)).withRequestBody(containing(encoded(slow))).atPriority(1)
              .inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
              .willReturn(created("SM-too-late").withFixedDelay(3000)).willSetStateTo("fast"));
      twilio.stubFor(
          post(urlEqualTo(PATH)).withRequestBody(containing(encoded(slow))).atPriority(1)
              .inScenario("slow").whenScenarioStateIs("fast").willReturn(created("SM-after-timeout")));
      api.sendBindCode(slow).assertOk();
      JsonNode afterTimeout = awaitStatus(api, slow, "SENT");
      assertEquals(2, afterTimeout.path("attempts").asInt());
      assertEquals("SM-after-timeout", afterTimeout.path("providerMessageId").asText());

      // A refusal (bad number for Twilio) is final: no retry.
      String refused = Api.randomMobile();
      twilio.stubFor(
          post(urlEqualTo(PATH)).withRequestBody(containing(encoded(refused))).atPriority(1)
              .willReturn(aResponse().withStatus(400).withBody("{\"code\":21211,\"message\":\"Invalid 'To'\"}")));
      api.sendBindCode(refused).assertOk();
      JsonNode failed = awaitStatus(api, refused, "FAILED");
      assertEquals(1, failed.path("attempts").asInt());
      assertEquals(1, requestsFor(twilio, refused).size());
    } finally {
      server.stop();
      twilio.stop();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}");
  }

  static JsonNode awaitStatus(Api api, String nationalNumber, String status) {
    JsonNode[] latest = new JsonNode[1];
    Eventually.await(
        "SMS to " + nationalNumber + " to be " + status,
        Duration.ofSeconds(20),
        () -> {
          JsonNode messages = api.devMessages("+86" + nationalNumber);
          latest[0] = messages.size() > 0 ? messages.get(0) : null;
          return latest[0] != null && status.equals(latest[0].path("status").asText());
        });
    return latest[0];
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
