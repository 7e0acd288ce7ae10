package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refresh tokens (offline_access), OAuth's token endpoint and RFC 7009 revocation: rotation, reuse
 * ending the whole session, revocation of access and refresh tokens, OAuth's own error format.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefreshTokenIT {

  private static final String TOKEN = "/oidc/token";
  private static final String REVOCATION = "/oidc/token/revocation";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void aRefreshTokenComesOnlyWithOfflineAccess() {
    Api.User user = api.newUser();
    JsonNode without = signIn(user.username(), "openid profile").data();
    assertTrue(without.path("refresh_token").isMissingNode(), without::toString);

    JsonNode with = signIn(user.username(), "openid profile offline_access").data();
    assertFalse(with.path("refresh_token").asText().isEmpty(), with::toString);
    assertTrue(with.path("scope").asText().contains("offline_access"), with::toString);
  }

  @Test
  void aRefreshTokenWorksOnceAndItsReuseEndsTheSession() {
    Api.User user = api.newUser();
    JsonNode first = signIn(user.username(), "offline_access").data();

    Api.Answer refreshed = refresh(first.path("refresh_token").asText());
    assertEquals(200, refreshed.httpStatus(), refreshed.body()::toString);
    JsonNode second = refreshed.body();
    assertTrue(second.path("statusCode").isMissingNode(), "no envelope: " + second);
    assertEquals("Bearer", second.path("token_type").asText());
    assertTrue(second.path("expires_in").asLong() > 0, second::toString);
    assertNotEquals(first.path("refresh_token").asText(), second.path("refresh_token").asText());
    api.profile(second.path("access_token").asText());

    assertOAuthError(refresh(first.path("refresh_token").asText()), 400, "invalid_grant");
    // The reuse ended the session: its newest refresh token and its access tokens too.
    assertOAuthError(refresh(second.path("refresh_token").asText()), 400, "invalid_grant");
    api.get("/api/v3/get-profile", second.path("access_token").asText()).assertError(401, 6028);
    api.get("/api/v3/get-profile", first.path("access_token").asText()).assertError(401, 6028);
    // Another sign-in of the same user is not touched.
    api.profile(user.token());
    assertTrue(api.historyActions(user.token()).contains("REFRESH_TOKEN_REUSED"));
  }

  @Test
  void fiftyParallelRefreshesWithOneTokenGiveExactlyOneNewPair() throws Exception {
    Api.User user = api.newUser();
    String refreshToken =
        signIn(user.username(), "offline_access").data().path("refresh_token").asText();

    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Callable<Api.Answer>> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(() -> refresh(refreshToken));
      }
      int pairs = 0;
      for (Future<Api.Answer> answer : pool.invokeAll(calls)) {
        Api.Answer refreshed = answer.get();
        if (refreshed.httpStatus() == 200) {
          pairs++;
          assertFalse(refreshed.body().path("refresh_token").asText().isEmpty());
        } else {
          assertOAuthError(refreshed, 400, "invalid_grant");
        }
      }
      assertEquals(1, pairs);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void revokingAnAccessTokenEndsItsSessionAndNoOther() {
    Api.User user = api.newUser();
    JsonNode session = signIn(user.username(), "offline_access").data();
    String access = session.path("access_token").asText();

    Api.Answer revoked = api.postForm(REVOCATION, Map.of("token", access, "client_id", "it-app"));
    assertEquals(200, revoked.httpStatus(), revoked.body()::toString);

    api.get("/api/v3/get-profile", access).assertError(401, 6028);
    assertOAuthError(refresh(session.path("refresh_token").asText()), 400, "invalid_grant");
    api.profile(user.token());
    assertTrue(api.historyActions(user.token()).contains("REVOKE_TOKEN"));
  }

  @Test
  void revokingARefreshTokenEndsTheAccessTokensOfItsSession() {
    Api.User user = api.newUser();
    JsonNode session = signIn(user.username(), "offline_access").data();

    assertEquals(
        200,
        api.postForm(
                REVOCATION,
                Map.of(
                    "token", session.path("refresh_token").asText(),
                    "token_type_hint", "refresh_token",
                    "client_id", "it-app"))
            .httpStatus());

    api.get("/api/v3/get-profile", session.path("access_token").asText()).assertError(401, 6028);
    assertOAuthError(refresh(session.path("refresh_token").asText()), 400, "invalid_grant");
  }

  @Test
  void revokingAnUnknownTokenIsNoError() {
    assertEquals(200, api.postForm(REVOCATION, Map.of("token", "not-a-token")).httpStatus());
    assertOAuthError(api.postForm(REVOCATION, Map.of()), 400, "invalid_request");
  }

  @Test
  void aNewPasswordEndsTheRefreshTokens() {
    Api.User user = api.newUser();
    String refreshToken =
        signIn(user.username(), "offline_access").data().path("refresh_token").asText();
    api.post(
            "/api/v3/update-password",
            Map.of("oldPassword", Api.PASSWORD, "newPassword", "another-password-1"),
            user.token())
        .assertOk();

    assertOAuthError(refresh(refreshToken), 400, "invalid_grant");
  }

  @Test
  void badTokenRequestsGetOAuthErrors() {
    assertOAuthError(api.postForm(TOKEN, Map.of("refresh_token", "x")), 400, "invalid_request");
    assertOAuthError(
        api.postForm(TOKEN, Map.of("grant_type", "password", "username", "a")),
        400,
        "unsupported_grant_type");
    assertOAuthError(
        api.postForm(TOKEN, Map.of("grant_type", "refresh_token")), 400, "invalid_request");
    assertOAuthError(refresh("made-up-refresh-token"), 400, "invalid_grant");
    assertOAuthError(
        api.post(TOKEN, Map.of("grant_type", "refresh_token"), null), 400, "invalid_request");
  }

  private Api.Answer signIn(String username, String scope) {
    return api.post(
            "/api/v3/signin",
            Map.of(
                "connection", "PASSWORD",
                "passwordPayload", Map.of("username", username, "password", Api.PASSWORD),
                "options", Map.of("scope", scope),
                "client_id", "it-app",
                "client_secret", "it-secret"),
            null)
        .assertOk();
  }

  private Api.Answer refresh(String refreshToken) {
    return api.postForm(
        TOKEN,
        Map.of(
            "grant_type", "refresh_token",
            "refresh_token", refreshToken,
            "client_id", "it-app",
            "client_secret", "it-secret"));
  }

  private static void assertOAuthError(Api.Answer answer, int httpStatus, String error) {
    assertEquals(httpStatus, answer.httpStatus(), answer.body()::toString);
    assertEquals(error, answer.body().path("error").asText(), answer.body()::toString);
    assertFalse(answer.body().path("error_description").asText().isBlank());
    assertTrue(answer.body().path("apiCode").isMissingNode(), "no envelope: " + answer.body());
  }
}
