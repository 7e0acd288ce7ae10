package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With apps listed in {@code phonebind.apps}, refresh tokens go only to a listed app that proves
 * its secret, are refreshed only by that app, and only it revokes them.
 */
class ClientAppsIT extends SecondServerTest {

  @Test
  void onlyAListedAppWithItsSecretGetsRefreshesAndRevokesItsTokens() {
    SecondServer server = secondServer();
    server.start(Map.of("phonebind.apps", "app-one:secret-one,app-two:secret-two"));
    try {
      Api api = server.api();
      Api.User user = api.newUser();

      JsonNode wrongSecret = signIn(api, user, "app-one", "not-the-secret").data();
      assertTrue(wrongSecret.path("refresh_token").isMissingNode(), wrongSecret::toString);
      assertFalse(wrongSecret.path("access_token").asText().isEmpty());
      JsonNode tokens = signIn(api, user, "app-one", "secret-one").data();
      String refreshToken = tokens.path("refresh_token").asText();
      assertFalse(refreshToken.isEmpty(), tokens::toString);

      Api.Answer unknownClient =
          api.postForm("/oidc/token", refresh(refreshToken, "app-one", "not-the-secret"));
      assertEquals(400, unknownClient.httpStatus());
      assertEquals("invalid_client", unknownClient.body().path("error").asText());

      Api.Answer byBasic =
          api.postForm(
              "/oidc/token",
              Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
              Map.of("Authorization", basic("app-one", "not-the-secret")));
      assertEquals(401, byBasic.httpStatus(), byBasic.body()::toString);
      assertEquals("invalid_client", byBasic.body().path("error").asText());

      Api.Answer otherApp =
          api.postForm("/oidc/token", refresh(refreshToken, "app-two", "secret-two"));
      assertEquals(400, otherApp.httpStatus());
      assertEquals("invalid_grant", otherApp.body().path("error").asText());

      // Refused before it was spent: the app it was issued to still refreshes with it.
      Api.Answer refreshed =
          api.postForm(
              "/oidc/token",
              Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
              Map.of("Authorization", basic("app-one", "secret-one")));
      assertEquals(200, refreshed.httpStatus(), refreshed.body()::toString);
      String access = refreshed.body().path("access_token").asText();

      Map<String, String> revoke = new HashMap<>(Map.of("token", access));
      revoke.putAll(Map.of("client_id", "app-two", "client_secret", "secret-two"));
      assertEquals(200, api.postForm("/oidc/token/revocation", revoke).httpStatus());
      api.profile(access);
      revoke.putAll(Map.of("client_id", "app-one", "client_secret", "wrong"));
      assertEquals(400, api.postForm("/oidc/token/revocation", revoke).httpStatus());
      api.profile(access);
      revoke.putAll(Map.of("client_id", "app-one", "client_secret", "secret-one"));
      assertEquals(200, api.postForm("/oidc/token/revocation", revoke).httpStatus());
      api.get("/api/v3/get-profile", access).assertError(401, 6028);
    } finally {
      server.stop();
    }
  }

  private static Api.Answer signIn(Api api, Api.User user, String clientId, String clientSecret) {
    return api.post(
            "/api/v3/signin",
            Map.of(
                "connection",
                "PASSWORD",
                "passwordPayload",
                Map.of("username", user.username(), "password", Api.PASSWORD),
                "options",
                Map.of("scope", "openid offline_access"),
                "client_id",
                clientId,
                "client_secret",
                clientSecret),
            null)
        .assertOk();
  }

  private static Map<String, String> refresh(String token, String clientId, String secret) {
    return Map.of(
        "grant_type", "refresh_token",
        "refresh_token", token,
        "client_id", clientId,
        "client_secret", secret);
  }

  private static String basic(String clientId, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }
}
