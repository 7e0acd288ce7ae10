package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grants and sessions that end: a password reset, a password change, a phone change and an unbind
 * end every outstanding reset grant and phone-change token of the user, and every session but the
 * caller's, which goes on (Authing's SDK apps call {@code updatePhone} and then {@code getProfile}
 * with the same token).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsAndGrantsIT {

  private static final String VERIFY_RESET = "/api/v3/verify-reset-password-request";
  private static final String RESET = "/api/v3/reset-password";
  private static final String NEW_PASSWORD = "a-brand-new-password";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void aNewerResetEndsAnOlderGrantSoAnOldSmsCannotTakeTheAccountBack() throws Exception {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String attackersGrant = resetGrant(phone);
    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 200);
    String ownersGrant = resetGrant(phone);

    api.post(RESET, reset(ownersGrant, NEW_PASSWORD), null).assertOk();

    api.post(RESET, reset(attackersGrant, "the-attackers-password"), null).assertError(400, 6033);
    api.signIn(user.username(), NEW_PASSWORD).assertOk();
  }

  @Test
  void aPasswordChangeEndsOutstandingResetGrants() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String grant = resetGrant(phone);

    api.post(
            "/api/v3/update-password",
            Map.of("oldPassword", Api.PASSWORD, "newPassword", NEW_PASSWORD),
            user.token())
        .assertOk();

    api.post(RESET, reset(grant, "the-attackers-password"), null).assertError(400, 6033);
  }

  @Test
  void aPhoneChangeEndsOutstandingResetGrants() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String grant = resetGrant(phone);
    String newPhone = Api.randomMobile();

    String changeToken =
        api.verifyPhoneChange(user.token(), phone, newPhone).path("updatePhoneToken").asText();
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", changeToken), user.token())
        .assertOk();

    api.post(RESET, reset(grant, "the-attackers-password"), null).assertError(400, 6033);
    api.signIn(user.username(), Api.PASSWORD).assertOk();
  }

  @Test
  void anUnbindEndsOutstandingResetGrants() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String grant = resetGrant(phone);

    String code = api.sendCode("CHANNEL_UNBIND_PHONE", phone);
    api.post("/api/v3/unbind-phone", Map.of("passCode", code), user.token()).assertOk();

    api.post(RESET, reset(grant, "the-attackers-password"), null).assertError(400, 6033);
  }

  @Test
  void aResetEndsAPendingPhoneChangeToken() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String changeToken = pendingPhoneChange(user.token(), phone);

    api.post(RESET, reset(resetGrant(phone), NEW_PASSWORD), null).assertOk();

    String signedInAgain =
        api.signIn(user.username(), NEW_PASSWORD).assertOk().data().path("access_token").asText();
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", changeToken), signedInAgain)
        .assertError(400, 6017);
    assertEquals(phone, api.profile(signedInAgain).path("phone").asText());
  }

  @Test
  void aPasswordChangeEndsAPendingPhoneChangeToken() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String changeToken = pendingPhoneChange(user.token(), phone);

    api.post(
            "/api/v3/update-password",
            Map.of("oldPassword", Api.PASSWORD, "newPassword", NEW_PASSWORD),
            user.token())
        .assertOk();

    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", changeToken), user.token())
        .assertError(400, 6017);
  }

  @Test
  void thePhoneChangesSessionGoesOnWithItsRefreshTokenWhileEveryOtherSessionEnds() {
    Api.User user = api.newUser();
    JsonNode caller = offlineSignIn(user.username());
    JsonNode other = offlineSignIn(user.username());
    String callersToken = caller.path("access_token").asText();
    String phone = api.bindNewPhone(callersToken);
    String newPhone = Api.randomMobile();

    String changeToken =
        api.verifyPhoneChange(callersToken, phone, newPhone).path("updatePhoneToken").asText();
    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", changeToken), callersToken)
        .assertOk();

    assertEquals(newPhone, api.profile(callersToken).path("phone").asText());
    Api.Answer refreshed = refresh(caller.path("refresh_token").asText());
    assertEquals(200, refreshed.httpStatus(), refreshed.body()::toString);
    api.profile(refreshed.body().path("access_token").asText());

    api.get("/api/v3/get-profile", other.path("access_token").asText()).assertError(401, 6028);
    api.get("/api/v3/get-profile", user.token()).assertError(401, 6028);
    assertEquals(400, refresh(other.path("refresh_token").asText()).httpStatus());
  }

  @Test
  void aPasswordResetEndsEverySession() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());

    api.post(RESET, reset(resetGrant(phone), NEW_PASSWORD), null).assertOk();

    api.get("/api/v3/get-profile", user.token()).assertError(401, 6028);
  }

  /** A phone change whose codes were checked, its token not yet redeemed. */
  private String pendingPhoneChange(String token, String phone) {
    return api.verifyPhoneChange(token, phone, Api.randomMobile())
        .path("updatePhoneToken")
        .asText();
  }

  private String resetGrant(String phone) {
    String code = api.sendCode("CHANNEL_RESET_PASSWORD", phone);
    return api.post(
            VERIFY_RESET,
            Map.of(
                "verifyMethod",
                "PHONE_PASSCODE",
                "phonePassCodePayload",
                Map.of("phoneNumber", phone, "passCode", code, "phoneCountryCode", "+86")),
            null)
        .assertOk()
        .data()
        .path("passwordResetToken")
        .asText();
  }

  private static Map<String, Object> reset(String grant, String password) {
    return Map.of("passwordResetToken", grant, "password", password, "passwordEncryptType", "none");
  }

  private JsonNode offlineSignIn(String username) {
    return api.post(
            "/api/v3/signin",
            Map.of(
                "connection", "PASSWORD",
                "passwordPayload", Map.of("username", username, "password", Api.PASSWORD),
                "options", Map.of("scope", "offline_access"),
                "client_id", "it-app",
                "client_secret", "it-secret"),
            null)
        .assertOk()
        .data();
  }

  private Api.Answer refresh(String refreshToken) {
    return api.postForm(
        "/oidc/token",
        Map.of(
            "grant_type", "refresh_token",
            "refresh_token", refreshToken,
            "client_id", "it-app",
            "client_secret", "it-secret"));
  }
}
