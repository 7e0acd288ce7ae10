package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Codes, limits and accounts live in the database, not in server memory: they survive a full stop
 * and start of the server (a new JVM). Runs on a second server so the shared test server keeps
 * running.
 */
class RestartIT extends SecondServerTest {

  @Test
  void codesLimitsAndAccountsSurviveARestart() {
    SecondServer server = secondServer();
    server.start(Map.of());
    try {
      Api api = server.api();
      String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);
      api.signUp(username).assertOk();
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      String code = api.latestCode("+86" + phone);
      api.sendBindCode(phone).assertError(429, 6010);

      server.restart();

      long retryAfter =
          api.sendBindCode(phone).assertError(429, 6010).data().path("retryAfterSeconds").asLong();
      assertTrue(retryAfter > 0 && retryAfter < 60, () -> "retryAfterSeconds " + retryAfter);
      String token =
          api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText();
      api.bind(token, phone, code).assertOk();
      assertEquals(phone, api.profile(token).path("phone").asText());
      assertEquals(1, api.devMessages("+86" + phone).size());
    } finally {
      server.stop();
    }
  }

  @Test
  void expiredAccessTokenIsRefused() throws InterruptedException {
    SecondServer server = secondServer();
    server.start(Map.of("phonebind.token.ttl-seconds", "3"));
    try {
      Api api = server.api();
      String token = api.newUserToken();
      api.get("/api/v3/get-profile", token).assertOk();

      Thread.sleep(4_000);

      api.get("/api/v3/get-profile", token).assertError(401, 6012);
      api.post(
              "/api/v3/bind-phone",
              Map.of("phoneNumber", Api.randomMobile(), "passCode", "123456"),
              token)
          .assertError(401, 6012);
    } finally {
      server.stop();
    }
  }
}
