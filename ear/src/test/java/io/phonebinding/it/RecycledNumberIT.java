package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
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
 * A recycled number: its new holder claims it from the account that left it unproven for the
 * dormancy period (90 days), and after the delay (7 days) it moves, unless the account proves it
 * again or keeps it through the link mailed to it. The server's clock is moved by the test
 * (development mode) and set back after each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecycledNumberIT {

  private static final Duration DORMANCY = Duration.ofDays(90);
  private static final Duration DELAY = Duration.ofDays(7);
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

  /** The account that has the number bound, with a verified e-mail. */
  private record Holder(String username, String phone, String email) {}

  private Holder holderOfANumber() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String email = api.bindNewEmail(user.token());
    return new Holder(user.username(), phone, email);
  }

  /** A new account proves the number with a code and binds it: the answer, in Chinese. */
  private Api.Answer claim(String claimantToken, String phone) {
    String code = api.sendCode("CHANNEL_BIND_PHONE", phone);
    return api.post(
        "/api/v3/bind-phone",
        Map.of("phoneNumber", phone, "passCode", code, "phoneCountryCode", "+86"),
        claimantToken,
        Map.of("x-authing-lang", "zh-CN"));
  }

  @Test
  void aNumberLeftUnprovenForTheDormancyPeriodMovesToItsNewHolderAfterTheDelay() {
    Holder holder = holderOfANumber();
    api.advanceClock(DORMANCY.plusDays(1));
    String holderToken = api.tokenOf(holder.username());
    Api.User claimant = api.newUser();

    Api.Answer claimed = claim(claimant.token(), holder.phone()).assertError(202, 6044);
    Instant effectiveAt = Instant.parse(claimed.data().path("effectiveAt").asText());
    assertEquals("PENDING", claimed.data().path("claimState").asText());
    assertTrue(claimed.body().path("message").asText().contains("绑定到您的账号"), claimed::toString);
    JsonNode status =
        api.get("/api/v3/get-phone-change-status", claimant.token()).assertOk().data();
    assertEquals("PENDING", status.path("claim").path("state").asText(), status::toString);

    // The holder is told by e-mail, in the language of the claim, with the link that keeps it.
    MailServer.Mail told = mailServer.awaitCount(holder.email(), 2, ARRIVAL);
    assertEquals("【Phone Binding】有人正在认领您账号的手机号", told.subject());
    assertEquals("zh-CN", told.language());
    assertTrue(told.text().contains(holder.phone().substring(0, 3) + "****"), told::text);
    assertTrue(told.text().contains("/keep-number.xhtml?token="), told::text);
    // The number no longer signs the holder in, nor resets the password.
    String login = api.sendCode("CHANNEL_LOGIN", holder.phone());
    api.post("/api/v3/signin", phoneCodeSignIn(holder.phone(), login), null).assertError(403, 6045);
    String reset = api.sendCode("CHANNEL_RESET_PASSWORD", holder.phone());
    api.post(
            "/api/v3/verify-reset-password-request",
            Map.of(
                "verifyMethod",
                "PHONE_PASSCODE",
                "phonePassCodePayload",
                Map.of(
                    "phoneNumber", holder.phone(), "phoneCountryCode", "+86", "passCode", reset)),
            null)
        .assertError(403, 6045);
    assertEquals(holder.phone(), api.profile(holderToken).path("phone").asText());

    api.advanceClock(DELAY.minusHours(1));
    String beforeTheMove = api.tokenOf(holder.username());
    assertEquals(holder.phone(), api.profile(beforeTheMove).path("phone").asText());
    api.advanceClock(Duration.ofHours(2));

    // One transaction moved it: the holder's sessions ended, both trails say so.
    api.get("/api/v3/get-profile", beforeTheMove).assertError(401, 6028);
    String again = api.tokenOf(holder.username());
    assertTrue(api.profile(again).path("phone").isNull());
    String claimantNow = api.tokenOf(claimant.username());
    assertEquals(holder.phone(), api.profile(claimantNow).path("phone").asText());
    assertTrue(api.historyActions(again).contains("PHONE_CLAIM_COMPLETED"));
    assertTrue(api.historyActions(claimantNow).contains("PHONE_CLAIM_COMPLETED"));
    assertTrue(effectiveAt.isAfter(Instant.now().plus(DORMANCY)), effectiveAt::toString);
  }

  @Test
  void aNumberProvenWithinTheDormancyPeriodStaysItsHoldersAs2035() {
    Holder holder = holderOfANumber();
    // The code that verified the holder's e-mail is its one mail so far.
    mailServer.awaitCount(holder.email(), 1, ARRIVAL);
    api.advanceClock(DORMANCY.minusDays(1));
    String claimant = api.newUserToken();

    claim(claimant, holder.phone()).assertError(409, 2035);

    assertEquals(
        holder.phone(), api.profile(api.tokenOf(holder.username())).path("phone").asText());
    JsonNode status = api.get("/api/v3/get-phone-change-status", claimant).assertOk().data();
    assertTrue(status.path("claim").isNull(), status::toString);
    assertEquals(1, mailServer.countTo(holder.email()));
  }

  @Test
  void theHolderKeepsTheNumberThroughTheMailedLinkAndTheClaimWaitsForAnOperator() {
    Holder holder = holderOfANumber();
    api.advanceClock(DORMANCY.plusDays(1));
    Api.User claimant = api.newUser();
    claim(claimant.token(), holder.phone()).assertError(202, 6044);
    String token = Api.linkTokenIn(mailServer.awaitCount(holder.email(), 2, ARRIVAL).text());

    JsonNode kept =
        api.post("/api/v3/keep-phone-number", Map.of("token", token), null).assertOk().data();
    assertEquals("DISPUTED", kept.path("state").asText());
    api.post("/api/v3/keep-phone-number", Map.of("token", token), null).assertError(400, 6047);

    api.advanceClock(DELAY.plusDays(1));
    String holderToken = api.tokenOf(holder.username());
    assertEquals(holder.phone(), api.profile(holderToken).path("phone").asText());
    assertTrue(api.profile(api.tokenOf(claimant.username())).path("phone").isNull());
    assertTrue(api.historyActions(holderToken).contains("PHONE_CLAIM_DISPUTED"));
    // Disputed, the number still does not sign the holder in: the claimant has the SIM.
    String login = api.sendCode("CHANNEL_LOGIN", holder.phone());
    api.post("/api/v3/signin", phoneCodeSignIn(holder.phone(), login), null).assertError(403, 6045);
  }

  @Test
  void aRightCodeFromTheHolderCancelsTheClaim() {
    Holder holder = holderOfANumber();
    api.advanceClock(DORMANCY.plusDays(1));
    String holderToken = api.tokenOf(holder.username());
    Api.User claimant = api.newUser();
    claim(claimant.token(), holder.phone()).assertError(202, 6044);

    api.post(
            "/api/v3/send-sms",
            Api.sms("CHANNEL_IDENTITY_VERIFICATION", holder.phone()),
            holderToken)
        .assertOk();
    String code = api.latestCode("+86" + holder.phone());
    api.post("/api/v3/confirm-phone", Map.of("passCode", "000000"), holderToken)
        .assertError(400, 2001);
    api.post("/api/v3/confirm-phone", Map.of("passCode", code), holderToken).assertOk();

    JsonNode status =
        api.get("/api/v3/get-phone-change-status", claimant.token()).assertOk().data();
    assertTrue(status.path("claim").isNull(), status::toString);
    api.advanceClock(DELAY.plusDays(1));
    String later = api.tokenOf(holder.username());
    assertEquals(holder.phone(), api.profile(later).path("phone").asText());
    assertTrue(api.profile(api.tokenOf(claimant.username())).path("phone").isNull());
    assertTrue(api.historyActions(later).contains("PHONE_CLAIM_CANCELLED"));
    // The number signs its holder in again.
    String login = api.sendCode("CHANNEL_LOGIN", holder.phone());
    api.post("/api/v3/signin", phoneCodeSignIn(holder.phone(), login), null).assertOk();
  }

  @Test
  void linksThatWereNeverMadeOrAreMalformedAreRefused() {
    api.post("/api/v3/keep-phone-number", Map.of("token", "made-up"), null).assertError(400, 6047);
    api.post("/api/v3/keep-phone-number", Map.of("token", "x".repeat(200)), null)
        .assertError(400, 6003);
    api.post("/api/v3/keep-phone-number", Map.of(), null).assertError(400, 6002);
    api.post("/api/v3/confirm-phone", Map.of("passCode", "123456"), api.newUserToken())
        .assertError(400, 6015);
  }

  private static Map<String, Object> phoneCodeSignIn(String phone, String code) {
    return Map.of(
        "connection",
        "PASSCODE",
        "passCodePayload",
        Map.of("phone", phone, "passCode", code, "phoneCountryCode", "+86"));
  }
}
