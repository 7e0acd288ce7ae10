package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A signed-in user who lost the old phone changes the number with the new number's code, the
 * password and a code to the verified e-mail: the change waits 72 hours (7 days without a verified
 * e-mail), the old number and the e-mail each get a link that cancels it. The server's clock is
 * moved by the test (development mode) and set back after each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LostPhoneIT {

  private static final String REQUEST = "/api/v3/request-phone-change-without-old-phone";
  private static final Duration ARRIVAL = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @RegisterExtension static final MailServer mailServer = new MailServer();

  private final Api api = new Api();

  @AfterEach
  void setTheClockBack() {
    api.resetClock();
  }

  private record Account(Api.User user, String phone, String email) {}

  private Account accountWithPhoneAndEmail() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String email = api.bindNewEmail(user.token());
    mailServer.awaitCount(email, 1, ARRIVAL);
    return new Account(user, phone, email);
  }

  private Map<String, Object> request(String token, String newPhone, String emailCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("newPhoneNumber", newPhone);
    body.put("newPhoneCountryCode", "+86");
    body.put("newPhonePassCode", api.sendCode("CHANNEL_BIND_PHONE", newPhone));
    body.put("password", Api.PASSWORD);
    if (emailCode != null) {
      body.put("emailPassCode", emailCode);
    }
    return body;
  }

  @Test
  void theChangeTakesEffectAfterTheDelayAndOneWaitsAtATime() {
    Account account = accountWithPhoneAndEmail();
    String token = account.user().token();
    String newPhone = Api.randomMobile();
    String emailCode = api.sendEmailCode(token, "CHANNEL_VERIFY_MFA", account.email());

    JsonNode pending =
        api.post(
                REQUEST,
                request(token, newPhone, emailCode),
                token,
                Map.of("x-authing-lang", "en-US"))
            .assertOk()
            .data();
    Instant effectiveAt = Instant.parse(pending.path("effectiveAt").asText());
    assertEquals("PENDING", pending.path("state").asText());
    Duration delay = Duration.between(Instant.now(), effectiveAt);
    assertTrue(
        delay.compareTo(Duration.ofHours(71)) > 0 && delay.compareTo(Duration.ofHours(73)) < 0,
        delay::toString);

    // The old number and the e-mail are each told, with a link that cancels the change.
    String sms = api.devMessages("+86" + account.phone()).get(0).path("text").asText();
    assertTrue(sms.contains("/cancel-change.xhtml?token="), sms);
    MailServer.Mail mail = mailServer.awaitCount(account.email(), 3, ARRIVAL);
    assertEquals("[Phone Binding] Your phone number will change", mail.subject());
    assertEquals("en-US", mail.language());
    assertTrue(mail.text().contains(newPhone.substring(0, 3) + "****"), mail::text);
    assertTrue(mail.text().contains("/cancel-change.xhtml?token="), mail::text);

    // One at a time; the password and the e-mail stay as they are meanwhile.
    String another = Api.randomMobile();
    String secondEmailCode = secondEmailCode(token, account.email());
    api.post(REQUEST, request(token, another, secondEmailCode), token).assertError(409, 6046);
    api.post(
            "/api/v3/update-password",
            Map.of("oldPassword", Api.PASSWORD, "newPassword", "another-password-1"),
            token)
        .assertError(409, 6046);
    assertEquals(
        "PENDING",
        api.get("/api/v3/get-phone-change-status", token)
            .assertOk()
            .data()
            .path("pendingChange")
            .path("state")
            .asText());

    api.advanceClock(Duration.ofHours(71));
    String before = api.tokenOf(account.user().username());
    assertEquals(account.phone(), api.profile(before).path("phone").asText());
    api.advanceClock(Duration.ofHours(2));

    String after = api.tokenOf(account.user().username());
    assertEquals(newPhone, api.profile(after).path("phone").asText());
    api.get("/api/v3/get-profile", before).assertError(401, 6028);
    assertTrue(api.historyActions(after).contains("COMPLETE_PHONE_CHANGE"));
    api.post(
            "/api/v3/update-password",
            Map.of("oldPassword", Api.PASSWORD, "newPassword", "another-password-1"),
            after)
        .assertOk();
  }

  @Test
  void theCancelLinkStopsTheChangeAndEndsTheSessionThatAskedForIt() {
    Account account = accountWithPhoneAndEmail();
    String token = account.user().token();
    String other = api.tokenOf(account.user().username());
    String newPhone = Api.randomMobile();
    String emailCode = api.sendEmailCode(token, "CHANNEL_VERIFY_MFA", account.email());
    api.post(REQUEST, request(token, newPhone, emailCode), token).assertOk();
    String link =
        Api.linkTokenIn(api.devMessages("+86" + account.phone()).get(0).path("text").asText());

    api.post("/api/v3/cancel-phone-change", Map.of("token", link), null).assertOk();

    api.get("/api/v3/get-profile", token).assertError(401, 6028);
    api.profile(other);
    api.post("/api/v3/cancel-phone-change", Map.of("token", link), null).assertError(400, 6047);
    String mailLink = Api.linkTokenIn(mailServer.awaitCount(account.email(), 3, ARRIVAL).text());
    api.post("/api/v3/cancel-phone-change", Map.of("token", mailLink), null).assertError(400, 6047);
    api.advanceClock(Duration.ofDays(8));
    String later = api.tokenOf(account.user().username());
    assertEquals(account.phone(), api.profile(later).path("phone").asText());
    assertTrue(api.historyActions(later).contains("CANCEL_PHONE_CHANGE"));
  }

  @Test
  void withoutAVerifiedEmailTheChangeWaitsSevenDays() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String newPhone = Api.randomMobile();

    JsonNode pending =
        api.post(REQUEST, request(user.token(), newPhone, null), user.token()).assertOk().data();

    Duration delay =
        Duration.between(Instant.now(), Instant.parse(pending.path("effectiveAt").asText()));
    assertTrue(delay.compareTo(Duration.ofDays(7).minusHours(1)) > 0, delay::toString);
    api.advanceClock(Duration.ofDays(6));
    assertEquals(phone, api.profile(api.tokenOf(user.username())).path("phone").asText());
    api.advanceClock(Duration.ofDays(1).plusHours(1));
    assertEquals(newPhone, api.profile(api.tokenOf(user.username())).path("phone").asText());
  }

  @Test
  void wrongFactorsAreRefusedAndChangeNothing() {
    Account account = accountWithPhoneAndEmail();
    String token = account.user().token();
    String newPhone = Api.randomMobile();

    Map<String, Object> wrongPassword = request(token, newPhone, "123456");
    wrongPassword.put("password", "not-the-password");
    api.post(REQUEST, wrongPassword, token).assertError(400, 2333);
    Map<String, Object> noEmailCode = request(token, Api.randomMobile(), null);
    api.post(REQUEST, noEmailCode, token).assertError(400, 6002);
    String emailCode = api.sendEmailCode(token, "CHANNEL_VERIFY_MFA", account.email());
    // The rules of the account come before any code is looked at.
    Map<String, Object> sameNumber =
        Map.of(
            "newPhoneNumber",
            account.phone(),
            "newPhonePassCode",
            "123456",
            "password",
            Api.PASSWORD,
            "emailPassCode",
            emailCode);
    api.post(REQUEST, sameNumber, token).assertError(400, 2230);
    api.post(REQUEST, Map.of("newPhoneNumber", newPhone), null).assertError(401, 2020);
    api.post("/api/v3/cancel-phone-change", Map.of("token", "made-up"), null)
        .assertError(400, 6047);

    JsonNode status = api.get("/api/v3/get-phone-change-status", token).assertOk().data();
    assertTrue(status.path("pendingChange").isNull(), status::toString);
    assertEquals(account.phone(), api.profile(token).path("phone").asText());
  }

  /** A second code to the e-mail, once its resend interval is over. */
  private String secondEmailCode(String token, String email) {
    try {
      Thread.sleep(Duration.ofSeconds(DeployedEar.resendIntervalSeconds()).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return api.sendEmailCode(token, "CHANNEL_VERIFY_MFA", email);
  }
}
