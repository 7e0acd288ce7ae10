package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * SMS through the generic webhook, against a local WireMock stub: the signed JSON it posts, no late
 * delivery of an expired code, and a restart in the middle of a delivery that neither repeats nor
 * loses a message.
 */
class WebhookDeliveryIT extends SecondServerTest {

  private static final String SECRET = "webhook-shared-secret";

  @Test
  void webhookGetsSignedJsonAndARestartMidDeliveryNeitherRepeatsNorLoses() {
    SmsGateway gateway = new SmsGateway();
    SecondServer server = secondServer();
    try {
      server.start(webhookSettings(gateway, Map.of()));
      Api api = server.api();

      // The exact request.
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      OutboxRows.Row delivered = OutboxRows.awaitStatus(server, phone, "SENT");
      assertEquals("gw", delivered.providerMessageId());
      LoggedRequest request = gateway.requestsFor(phone).get(0);
      String body = request.getBodyAsString();
      JsonNode json = Api.JSON.readTree(body);
      assertEquals("+86" + phone, json.path("to").asText());
      assertEquals("CHANNEL_BIND_PHONE", json.path("purpose").asText());
      String code = json.path("templateParams").path("code").asText();
      assertEquals(code, Api.codeIn(json.path("text").asText()));
      api.bind(api.newUserToken(), phone, code).assertOk();
      String timestamp = request.getHeader("X-PhoneBinding-Timestamp");
      assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 60);
      assertEquals(json.path("id").asText(), request.getHeader("X-PhoneBinding-Message-Id"));
      assertEquals(
          "sha256=" + hmacSha256(SECRET, timestamp + "." + body),
          request.getHeader("X-PhoneBinding-Signature"));

      // A delivery in flight while the server stops: the stop waits for it and records it.
      String inFlight = Api.randomMobile();
      gateway.answerSlowly(inFlight, Duration.ofSeconds(4));
      api.sendBindCode(inFlight).assertOk();
      Eventually.await(
          "the slow delivery to start",
          Duration.ofSeconds(10),
          () -> gateway.requestsFor(inFlight).size() == 1);
      // Queued behind it, not yet attempted when the server goes down.
      String queued = Api.randomMobile();
      api.sendBindCode(queued).assertOk();

      server.restart();

      OutboxRows.awaitStatus(server, queued, "SENT");
      OutboxRows.Row slow = OutboxRows.awaitStatus(server, inFlight, "SENT");
      assertEquals("gw-slow", slow.providerMessageId());
      assertEquals(1, slow.attempts());
      sleep(Duration.ofSeconds(2));
      assertEquals(1, gateway.requestsFor(inFlight).size(), "the in-flight message was sent again");
      assertEquals(1, gateway.requestsFor(queued).size());

      // Every code the gateway received: none is left in clear in any table.
      List<String> codes = new java.util.ArrayList<>(List.of(code));
      for (String sent : List.of(inFlight, queued)) {
        codes.add(gateway.code(sent, 1));
      }
      OutboxRows.assertNoTableHolds(server, codes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      server.stop();
      gateway.close();
    }
  }

  @Test
  void codeThatExpiredDuringAnOutageIsNotSentLate() {
    SmsGateway gateway = new SmsGateway();
    SecondServer server = secondServer();
    try {
      server.start(webhookSettings(gateway, Map.of("phonebind.code.ttl-seconds", "4")));
      Api api = server.api();
      gateway.unavailable();
      String phone = Api.randomMobile();

      api.sendBindCode(phone).assertOk();
      OutboxRows.Row expired = OutboxRows.awaitStatus(server, phone, "EXPIRED");
      int attemptsDuringOutage = gateway.requestsFor(phone).size();
      assertTrue(attemptsDuringOutage >= 2, "retried during the outage: " + attemptsDuringOutage);

      gateway.available();
      sleep(Duration.ofSeconds(3));

      assertEquals(
          attemptsDuringOutage, gateway.requestsFor(phone).size(), "an expired code was sent");
      assertEquals("EXPIRED", OutboxRows.newest(server, "+86" + phone).status());
      assertEquals(null, expired.providerMessageId());
      assertEquals(null, expired.body(), "an expired message keeps its text");
    } finally {
      server.stop();
      gateway.close();
    }
  }

  private static Map<String, String> webhookSettings(SmsGateway gateway, Map<String, String> more) {
    Map<String, String> settings = new java.util.HashMap<>(more);
    settings.put("phonebind.sms.provider", "webhook");
    settings.put("phonebind.sms.webhook.url", gateway.url());
    settings.put("phonebind.sms.webhook.secret", SECRET);
    settings.put("phonebind.sms.retry.initial-delay-ms", "300");
    settings.put("phonebind.sms.retry.max-delay-ms", "1000");
    settings.put("phonebind.sms.dispatch-interval-ms", "200");
    settings.put("phonebind.sms.http-timeout-ms", "8000");
    return settings;
  }

  private static String hmacSha256(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
