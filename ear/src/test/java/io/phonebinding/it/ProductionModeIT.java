package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production mode: it refuses development settings, and hides what exists for development. */
class ProductionModeIT extends SecondServerTest {

  private static final String SECRET = "a-production-secret-of-at-least-32-chars";

  @Test
  void productionRefusesDevelopmentSettingsTheEmbeddedDatabaseAndOpenMetricsBeyondLoopback() {
    String reason =
        secondServer()
            .refusedStart(
                Map.of(
                    "phonebind.mode", "production",
                    "phonebind.test-numbers", "+8613800000000=123456",
                    "phonebind.db.driver", "h2",
                    "phonebind.db.url", "jdbc:h2:mem:production-refusal;DB_CLOSE_DELAY=-1",
                    "jboss.bind.address.management", "0.0.0.0"));
    assertTrue(reason.contains("PHONEBIND_SMS_PROVIDER"), reason);
    assertTrue(reason.contains("PHONEBIND_TEST_NUMBERS"), reason);
    assertTrue(reason.contains("PHONEBIND_SECRET"), reason);
    assertTrue(reason.contains("embedded H2"), reason);
    assertTrue(reason.contains("/metrics open to anyone"), reason);
  }

  @Test
  void anUnknownModeFailsTheDeploymentNamingTheAllowedValues() {
    String reason = secondServer().refusedStart(Map.of("phonebind.mode", "prod"));
    assertTrue(reason.contains("allowed values: development, production"), reason);
  }

  @Test
  void aTrustedProxyThatIsNoAddressFailsTheDeploymentNamingIt() {
    String reason =
        secondServer().refusedStart(Map.of("phonebind.trusted-proxies", "127.0.0.1,balancer"));
    assertTrue(reason.contains("'balancer' is neither an IP address nor a CIDR range"), reason);
  }

  @Test
  void developmentModeWithARealProviderHasNoDevelopmentOutboxAndWarnsAtStart() throws Exception {
    SecondServer server = secondServer();
    try {
      server.start(
          Map.of(
              "phonebind.mode", "Development",
              "phonebind.sms.provider", "webhook",
              "phonebind.sms.webhook.url", "http://127.0.0.1:9/unused",
              "phonebind.sms.webhook.secret", "webhook-secret"));
      Api api = server.api();
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      HttpResponse<String> outbox =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(SecondServer.BASE_URL + "/api/dev/sms?phone=%2B86" + phone))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, outbox.statusCode(), outbox.body());
      assertEquals(6404, Api.JSON.readTree(outbox.body()).path("apiCode").asInt());
      String log = server.log();
      assertTrue(
          log.contains("Development mode with the SMS providers '*:webhook'"),
          "no warning in the log");
    } finally {
      server.stop();
    }
  }

  @Test
  void productionStartsWithARealProviderHostPrefixedCookiesAndMetricsBehindTheManagementUser()
      throws Exception {
    SecondServer server = secondServer();
    server.start(
        Map.of(
            "phonebind.mode", "production",
            "phonebind.secret", SECRET,
            "phonebind.sms.provider", "webhook",
            "phonebind.sms.webhook.url", "http://127.0.0.1:9/unused",
            "phonebind.sms.webhook.secret", "webhook-secret",
            // On the suite's H2 run the second server's database is H2: allowed here explicitly.
            "phonebind.production.allow-embedded-database", "true",
            "phonebind.metrics.secured", "true"));
    try {
      Api api = server.api();
      api.newUserToken();
      HttpResponse<String> metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:10090/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(401, metrics.statusCode(), "metrics without the management user");
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(SecondServer.BASE_URL + "/api/health/ready"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ready.statusCode(), ready.body());
      assertEquals("UP", Api.JSON.readTree(ready.body()).path("data").path("status").asText());
      HttpResponse<String> outbox =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(SecondServer.BASE_URL + "/api/dev/sms?phone=%2B8618888888888"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, outbox.statusCode());
      assertEquals(6404, Api.JSON.readTree(outbox.body()).path("apiCode").asInt());
      // Nor the kept mail, nor a clock tests could move.
      Api second = new Api(SecondServer.BASE_URL);
      assertEquals(404, second.get("/api/dev/mail?email=a%40example.com", null).httpStatus());
      Api.Answer clock =
          second.send(
              "POST", "/api/dev/clock", "{\"advanceSeconds\":86400}", null, "application/json");
      assertEquals(404, clock.httpStatus());
      assertEquals(6404, clock.apiCode());
      assertEquals(404, second.send("DELETE", "/api/dev/clock", null, null, null).httpStatus());
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(SecondServer.BASE_URL + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      String cookie =
          page.headers().firstValue("Set-Cookie").orElse("").toLowerCase(java.util.Locale.ROOT);
      assertTrue(
          cookie.startsWith("__host-phonebind_browser=")
              && cookie.contains("; secure")
              && cookie.contains("; path=/")
              && !cookie.contains("domain=")
              && cookie.contains("; httponly")
              && cookie.contains("samesite=strict"),
          cookie);
    } finally {
      server.stop();
    }
  }
}
