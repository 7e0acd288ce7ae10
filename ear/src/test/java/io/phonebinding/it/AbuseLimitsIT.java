package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The abuse limits, enforced from the database. The test server runs with the defaults except a
 * 3-second resend interval, 3 codes per phone and 100 per IP per hour (arquillian.xml), so the caps
 * can be reached in seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AbuseLimitsIT {

  /** The test server's per-IP cap (arquillian.xml); other caps keep the defaults of Settings. */
  private static final int IP_PER_HOUR = Integer.getInteger("phonebinding.it.ip-per-hour", 30);

  private static final int ACCOUNT_PER_HOUR = 10;
  private static final int PHONE_PER_DAY = 10;
  private static final int SIGNIN_FAILURES_PER_ACCOUNT = 5;
  private static final int SIGNIN_FAILURES_PER_IP = 20;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void phoneGetsAtMostItsHourlyCapOfCodes() throws InterruptedException {
    String phone = Api.randomMobile();
    long cap = Long.getLong("phonebinding.it.phone-per-hour", 5);
    for (int i = 0; i < cap; i++) {
      if (i > 0) {
        Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 100);
      }
      api.sendBindCode(phone).assertOk();
    }
    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 100);

    Api.Answer refused = api.sendBindCode(phone).assertError(429, 6018);

    long retryAfter = refused.data().path("retryAfterSeconds").asLong();
    assertTrue(retryAfter > 3000 && retryAfter <= 3600, () -> "retryAfterSeconds " + retryAfter);
    assertEquals(cap, api.devMessages("+86" + phone).size());
  }

  /**
   * The day cap counts the last 24 hours, the hour cap only the last hour: with nine sends of two
   * hours ago (written straight into the send log), one more is admitted, and the next is refused
   * until the oldest of them is a day old.
   */
  @Test
  void phoneGetsAtMostItsDailyCapOfCodes() throws Exception {
    String phone = Api.randomMobile();
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
    try (Connection database = DatabaseSnapshot.connect();
        PreparedStatement insert =
            database.prepareStatement(
                "insert into sms_send_log (phone, channel, client_ip, sent_at) values (?, ?, ?, ?)")) {
      for (int i = 0; i < PHONE_PER_DAY - 1; i++) {
        insert.setString(1, "+86" + phone);
        insert.setString(2, "CHANNEL_BIND_PHONE");
        insert.setString(3, "198.51.100.7");
        insert.setObject(4, twoHoursAgo.plusSeconds(i).atOffset(ZoneOffset.UTC));
        insert.executeUpdate();
      }
    }

    api.sendBindCode(phone).assertOk();
    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 100);
    Api.Answer refused = api.sendBindCode(phone).assertError(429, 6018);

    long retryAfter = refused.data().path("retryAfterSeconds").asLong();
    assertTrue(
        retryAfter > 21 * 3600 && retryAfter <= 22 * 3600, () -> "retryAfterSeconds " + retryAfter);
    assertEquals(1, api.devMessages("+86" + phone).size());
  }

  @Test
  void clientIpGetsAtMostItsHourlyCap() {
    for (int i = 0; i < IP_PER_HOUR; i++) {
      api.sendBindCode(Api.randomMobile()).assertOk();
    }
    String phone = Api.randomMobile();

    Api.Answer refused = api.sendBindCode(phone).assertError(429, 6019);

    assertTrue(refused.data().path("retryAfterSeconds").asLong() > 0);
    assertEquals(0, api.devMessages("+86" + phone).size());
    new Api().sendBindCode(phone).assertOk();
  }

  @Test
  void signedInAccountGetsAtMostItsHourlyCap() {
    String token = api.newUserToken();
    for (int i = 0; i < ACCOUNT_PER_HOUR; i++) {
      new Api().post("/api/v3/send-sms", bindSms(Api.randomMobile()), token).assertOk();
    }

    new Api().post("/api/v3/send-sms", bindSms(Api.randomMobile()), token).assertError(429, 6020);
    new Api().post("/api/v3/send-sms", bindSms(Api.randomMobile()), null).assertOk();
  }

  @Test
  void smsOutsideTheAllowedCountriesIsRefused() {
    api.post(
            "/api/v3/send-sms",
            Map.of(
                "channel",
                "CHANNEL_BIND_PHONE",
                "phoneNumber",
                "2015550123",
                "phoneCountryCode",
                "+1"),
            null)
        .assertError(403, 6022);

    assertEquals(0, api.devMessages("+12015550123").size());
  }

  @Test
  void testNumberTakesItsFixedCodeWithoutAnySms() {
    String testNumber = System.getProperty("phonebinding.it.test-number");
    String national = testNumber.substring(3);
    String token = api.newUserToken();
    int messagesBefore = api.devMessages(testNumber).size();

    api.sendBindCode(national).assertOk();
    api.sendBindCode(national).assertOk();
    api.bind(token, national, "246810").assertOk();
    try {
      assertEquals(national, api.profile(token).path("phone").asText());
    } finally {
      // Leave the number free for the next run.
      api.post(
              "/api/v3/send-sms",
              Map.of("channel", "CHANNEL_UNBIND_PHONE", "phoneNumber", national),
              null)
          .assertOk();
      api.post("/api/v3/unbind-phone", Map.of("passCode", "246810"), token).assertOk();
    }
    assertEquals(messagesBefore, api.devMessages(testNumber).size(), "a test number got an SMS");
  }

  @Test
  void accountIsLockedAfterRepeatedWrongPasswords() {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
    api.signUp(username).assertOk();
    for (int i = 0; i < SIGNIN_FAILURES_PER_ACCOUNT; i++) {
      new Api().signIn(username, "wrong-password").assertError(400, 2333);
    }

    Api.Answer locked = new Api().signIn(username, Api.PASSWORD).assertError(429, 6023);

    assertTrue(locked.data().path("retryAfterSeconds").asLong() > 0);
  }

  @Test
  void clientIpIsLockedAfterRepeatedWrongPasswordsAcrossAccounts() {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
    api.signUp(username).assertOk();
    for (int i = 0; i < SIGNIN_FAILURES_PER_IP; i++) {
      api.signIn("nobody-" + i + "-" + username, "wrong-password").assertError(400, 2333);
    }

    api.signIn(username, Api.PASSWORD).assertError(429, 6023);
    new Api().signIn(username, Api.PASSWORD).assertOk();
  }

  @Test
  void successfulSignInClearsTheAccountsFailures() {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
    api.signUp(username).assertOk();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < SIGNIN_FAILURES_PER_ACCOUNT - 1; i++) {
        new Api().signIn(username, "wrong-password").assertError(400, 2333);
      }
      new Api().signIn(username, Api.PASSWORD).assertOk();
    }
  }

  private static Map<String, String> bindSms(String phone) {
    return Map.of("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone);
  }
}
