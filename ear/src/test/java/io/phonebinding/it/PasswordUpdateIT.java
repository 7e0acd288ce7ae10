package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in user changes the password with the old one: every earlier token ends, the old
 * password stops working, and wrong old passwords are capped like sign-in guesses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordUpdateIT {

  private static final String NEW_PASSWORD = "new-horse-battery-7";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void aNewPasswordEndsEveryOtherSessionWhileTheCallersGoesOn() {
    Api.User user = api.newUser();
    String other = api.tokenOf(user.username());

    api.post("/api/v3/update-password", update(Api.PASSWORD + "-not", NEW_PASSWORD), user.token())
        .assertError(400, 2333);
    api.post("/api/v3/update-password", update(null, NEW_PASSWORD), user.token())
        .assertError(400, 6002);
    api.post("/api/v3/update-password", update(Api.PASSWORD, "short"), user.token())
        .assertError(400, 2029);
    api.post("/api/v3/update-password", update(Api.PASSWORD, null), user.token())
        .assertError(400, 6002);
    Map<String, Object> encrypted = update(Api.PASSWORD, NEW_PASSWORD);
    encrypted.put("passwordEncryptType", "rsa");
    api.post("/api/v3/update-password", encrypted, user.token()).assertError(400, 6003);
    api.profile(other);

    Api.Answer changed =
        api.post("/api/v3/update-password", update(Api.PASSWORD, NEW_PASSWORD), user.token())
            .assertOk();

    assertTrue(changed.data().path("success").asBoolean(), changed::toString);
    // Authing's SDK apps read the profile with the token that changed the password.
    assertEquals(user.username(), api.profile(user.token()).path("username").asText());
    api.get("/api/v3/get-profile", other).assertError(401, 6028);
    api.signIn(user.username(), Api.PASSWORD).assertError(400, 2333);
    String fresh =
        api.signIn(user.username(), NEW_PASSWORD).assertOk().data().path("access_token").asText();
    assertEquals(user.username(), api.profile(fresh).path("username").asText());
    // Newest first: the sign-in with the new password, the change, the sign-ins before it.
    assertEquals(
        List.of("SIGN_IN_BY_PASSWORD", "CHANGE_PASSWORD", "SIGN_IN_BY_PASSWORD"),
        api.historyActions(fresh).subList(0, 3));
  }

  @Test
  void wrongOldPasswordsAreCappedLikeSignInGuesses() {
    Api.User user = api.newUser();

    for (int i = 0; i < 5; i++) {
      api.post("/api/v3/update-password", update("wrong-" + i, NEW_PASSWORD), user.token())
          .assertError(400, 2333);
    }

    api.post("/api/v3/update-password", update(Api.PASSWORD, NEW_PASSWORD), user.token())
        .assertError(429, 6023);
    api.profile(user.token());
  }

  @Test
  void aPhoneOnlyAccountSetsItsFirstPasswordRightAfterACodeSignIn() {
    String phone = Api.randomMobile();
    api.post(
            "/api/v3/send-sms",
            Map.of("channel", "CHANNEL_LOGIN", "phoneNumber", phone, "phoneCountryCode", "+86"),
            null)
        .assertOk();
    String token =
        api.post(
                "/api/v3/signin",
                Map.of(
                    "connection", "PASSCODE",
                    "passCodePayload",
                        Map.of(
                            "phone",
                            phone,
                            "phoneCountryCode",
                            "+86",
                            "passCode",
                            api.latestCode("+86" + phone)),
                    "options", Map.of("autoRegister", true)),
                null)
            .assertOk()
            .data()
            .path("access_token")
            .asText();

    api.post("/api/v3/update-password", update(null, "short"), token).assertError(400, 2029);
    api.post("/api/v3/update-password", update(null, NEW_PASSWORD), token).assertOk();

    String byPassword =
        api.signIn(phone, NEW_PASSWORD).assertOk().data().path("access_token").asText();
    // Now that it has a password, changing it takes the old one, whatever the sign-in.
    api.post("/api/v3/update-password", update(null, "third-horse-battery"), byPassword)
        .assertError(400, 6002);
    api.post("/api/v3/update-password", update(NEW_PASSWORD, "third-horse-battery"), byPassword)
        .assertOk();
  }

  @Test
  void nobodyChangesAPasswordWithoutAToken() {
    api.post("/api/v3/update-password", update(Api.PASSWORD, NEW_PASSWORD), null)
        .assertError(401, 2020);
  }

  private static Map<String, Object> update(String oldPassword, String newPassword) {
    Map<String, Object> body = new HashMap<>();
    if (oldPassword != null) {
      body.put("oldPassword", oldPassword);
    }
    if (newPassword != null) {
      body.put("newPassword", newPassword);
    }
    return body;
  }
}
