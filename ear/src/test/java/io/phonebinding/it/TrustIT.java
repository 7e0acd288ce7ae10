package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Limits that hold under concurrency and tell nothing, codes a stranger cannot touch, tokens that
 * end, and usernames that cannot pass for someone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void fiftyParallelWrongPasswordsLetAtMostFiveReachThePasswordCheck() throws Exception {
    String username = "storm-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    List<Callable<Api.Answer>> attempts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Api client = new Api();
      attempts.add(() -> client.signIn(username, "wrong-password"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    int checked = 0;
    int locked = 0;
    try {
      for (Future<Api.Answer> answer : pool.invokeAll(attempts)) {
        int apiCode = answer.get().apiCode();
        assertTrue(apiCode == 2333 || apiCode == 6023, "apiCode " + apiCode);
        checked += apiCode == 2333 ? 1 : 0;
        locked += apiCode == 6023 ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(5, checked, "attempts that reached the password check");
    assertEquals(45, locked);
  }

  @Test
  void lockoutCountsTheCanonicalIdentifierWhetherOrNotAnAccountHasIt() {
    String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    for (int i = 0; i < 5; i++) {
      new Api()
          .signIn(i % 2 == 0 ? username : username.toUpperCase(), "wrong-password")
          .assertError(400, 2333);
    }
    new Api().signIn(username.toUpperCase(), Api.PASSWORD).assertError(429, 6023);

    // A phone nobody has: every spelling of it is one identifier, as it is for a registered one.
    String phone = Api.randomMobile();
    String[] spellings = {
      phone,
      "+86" + phone,
      "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7)
    };
    for (int i = 0; i < 5; i++) {
      new Api().signIn(spellings[i % spellings.length], "wrong-password").assertError(400, 2333);
    }
    new Api().signIn(phone, "wrong-password").assertError(429, 6023);
  }

  @Test
  void oneAccountHasOneLockoutWhicheverIdentifierTheGuessesName() {
    String username = "one-" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@example.com";
    api.signUp(username, email).assertOk();
    String phone = api.bindNewPhone(api.tokenOf(username));
    String[] identifiers = {username, email, "+86" + phone, phone, email.toUpperCase()};

    for (String identifier : identifiers) {
      new Api().signIn(identifier, "wrong-password").assertError(400, 2333);
    }

    for (String identifier : new String[] {username, email, phone}) {
      Api.Answer locked = new Api().signIn(identifier, Api.PASSWORD).assertError(429, 6023);
      long retryAfter = locked.data().path("retryAfterSeconds").asLong();
      assertTrue(retryAfter > 800 && retryAfter <= 900, "retryAfterSeconds " + retryAfter);
    }
  }

  @Test
  void parallelSignInsWithTheRightPasswordAreNeverRefused() throws Exception {
    String username = "right-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    List<Callable<Api.Answer>> attempts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Api client = new Api();
      attempts.add(() -> client.signIn(username, Api.PASSWORD));
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
    try {
      for (Future<Api.Answer> answer : pool.invokeAll(attempts)) {
        answer.get().assertOk();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void usernamesCannotPassForAnotherUserOrAnotherIdentifier() {
    String base = "name" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    api.signUp(base).assertOk();
    api.signUp(base.toUpperCase()).assertError(409, 2034);
    api.signUp(base.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043e') + "\u0430")
        .assertError(400, 6014);
    api.signUp(base.replace("name", "n\u0430me")).assertError(400, 6014);
    api.signUp("+86 188 1234 5678").assertError(400, 6014);
    api.signUp("18812345678").assertError(400, 6014);
    api.signUp("someone@example.com").assertError(400, 6014);
    // A user whose email is taken as another user's username cannot be shadowed: the field decides.
    String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);
    String email = owner + "@example.com";
    api.signUp(owner, email).assertOk();
    api.post(
            "/api/v3/signin",
            Map.of(
                "connection",
                "PASSWORD",
                "passwordPayload",
                Map.of("email", email, "password", Api.PASSWORD)),
            null)
        .assertOk();
    api.post(
            "/api/v3/signin",
            Map.of(
                "connection",
                "PASSWORD",
                "passwordPayload",
                Map.of("username", email, "password", Api.PASSWORD)),
            null)
        .assertError(400, 2333);
  }

  @Test
  void aCodeAskedForWithATokenIsItsAccountsAlone() {
    String owner = api.newUserToken();
    String stranger = api.newUserToken();
    String phone = Api.randomMobile();
    api.post(
            "/api/v3/send-sms",
            Map.of("channel", "CHANNEL_BIND_PHONE", "phoneNumber", phone),
            owner)
        .assertOk();
    String code = api.latestCode("+86" + phone);

    for (int i = 0; i < 8; i++) {
      api.bind(stranger, phone, PhoneBindingIT.wrong(code)).assertError(400, 2001);
    }
    api.bind(stranger, phone, code).assertError(400, 2001);
    api.bind(owner, phone, code).assertOk();
  }

  @Test
  void aGuessAtAUsedCodeIsJustWrongUnlessItIsThatCode() {
    String first = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);
    api.bind(first, phone, code).assertOk();

    String stranger = api.newUserToken();
    api.bind(stranger, phone, PhoneBindingIT.wrong(code)).assertError(400, 2001);
    api.bind(stranger, phone, code).assertError(400, 6007);
  }

  @Test
  void anUnbindEndsEveryOtherSessionWhileTheCallersGoesOn() {
    String username = "tokens-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    String token =
        api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText();
    String other =
        api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(token, phone, api.latestCode("+86" + phone)).assertOk();
    api.profile(other);

    api.post(
            "/api/v3/send-sms",
            Map.of("channel", "CHANNEL_UNBIND_PHONE", "phoneNumber", phone),
            token)
        .assertOk();
    api.post("/api/v3/unbind-phone", Map.of("passCode", api.latestCode("+86" + phone)), token)
        .assertOk();

    assertTrue(api.profile(token).path("phone").isNull());
    api.get("/api/v3/get-profile", other).assertError(401, 6028);
    api.get("/api/v3/get-my-phone-history", other).assertError(401, 6028);
    api.profile(api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText());
  }

  @Test
  void refusedBindingAttemptsPauseTheAccountBeforeTheyFloodTheAudit() throws Exception {
    String username = "flood-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    String token =
        api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText();
    for (int i = 0; i < REFUSALS_PER_HOUR; i++) {
      api.bind(token, Api.randomMobile(), "000000").assertError(400, 2001);
    }
    Api.Answer paused = api.bind(token, Api.randomMobile(), "000000").assertError(429, 6026);
    assertTrue(paused.data().path("retryAfterSeconds").asLong() > 3000);
    api.bind(token, Api.randomMobile(), "000000").assertError(429, 6026);
    assertEquals(REFUSALS_PER_HOUR, bindingAuditRowsOf(username));
  }

  @Test
  void anAccountGetsAtMostItsDailyCapOfCodes() throws Exception {
    String username = "daily-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    String token =
        api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText();
    String userId = api.profile(token).path("userId").asText();
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
    try (Connection database = DatabaseSnapshot.connect();
        PreparedStatement insert =
            database.prepareStatement(
                "insert into sms_send_log (phone, channel, client_ip, user_id, sent_at) values (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < ACCOUNT_PER_DAY; i++) {
        insert.setString(1, "+86" + Api.randomMobile());
        insert.setString(2, "CHANNEL_BIND_PHONE");
        insert.setString(3, "198.51.100.9");
        insert.setString(4, userId);
        insert.setObject(5, twoHoursAgo.plusSeconds(i).atOffset(ZoneOffset.UTC));
        insert.executeUpdate();
      }
    }
    Api.Answer refused =
        api.post(
                "/api/v3/send-sms",
                Map.of("channel", "CHANNEL_BIND_PHONE", "phoneNumber", Api.randomMobile()),
                token)
            .assertError(429, 6030);
    long retryAfter = refused.data().path("retryAfterSeconds").asLong();
    assertTrue(
        retryAfter > 21 * 3600 && retryAfter <= 22 * 3600, () -> "retryAfterSeconds " + retryAfter);
  }

  private static final int REFUSALS_PER_HOUR = 30;
  private static final int ACCOUNT_PER_DAY = 20;

  /** The user's audit rows of binding attempts (their sign-ins are in the trail too). */
  private static int bindingAuditRowsOf(String username) throws Exception {
    try (Connection database = DatabaseSnapshot.connect();
        PreparedStatement count =
            database.prepareStatement(
                "select count(*) from audit_events e join users u on u.id = e.user_id"
                    + " where u.username = ? and e.action = 'BIND_PHONE'")) {
      count.setString(1, username);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
