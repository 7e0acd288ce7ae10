package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.authing.sdk.java.client.AuthenticationClient;
import cn.authing.sdk.java.dto.BindEmailDto;
import cn.authing.sdk.java.dto.CommonResponseDto;
import cn.authing.sdk.java.dto.GetProfileDto;
import cn.authing.sdk.java.dto.SendEmailDto;
import cn.authing.sdk.java.dto.SendEmailRespDto;
import cn.authing.sdk.java.dto.UpdateEmailByEmailPassCodeDto;
import cn.authing.sdk.java.dto.UpdateEmailDto;
import cn.authing.sdk.java.dto.UserSingleRespDto;
import cn.authing.sdk.java.dto.VerifyUpdateEmailRequestDto;
import cn.authing.sdk.java.dto.VerifyUpdateEmailRequestRespDto;
import cn.authing.sdk.java.model.AuthenticationClientOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail as the second channel: Authing's SDK sends codes by e-mail, binds and changes the
 * account's address; the mail reaches a real SMTP server (GreenMail) in the request's language,
 * through the outbox, which retries while the mail server is down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailIT {

  private static final Duration ARRIVAL = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @RegisterExtension static final MailServer mailServer = new MailServer();

  private final Api api = new Api();

  @Test
  void authingsSdkBindsAnAddressAndChangesItWithCodesThatArriveByMail() throws Exception {
    Api.User user = api.newUser();
    AuthenticationClient client = sdkSignedInAs(user);
    String first = Api.randomEmail();

    SendEmailRespDto sent = client.sendEmail(send(SendEmailDto.Channel.CHANNEL_BIND_EMAIL, first));
    assertEquals(200, sent.getStatusCode(), sent.getMessage());
    MailServer.Mail mail = mailServer.awaitNewestTo(first, ARRIVAL);
    BindEmailDto bind = new BindEmailDto();
    bind.setEmail(first);
    bind.setPassCode(Api.codeIn(mail.text()));
    CommonResponseDto bound = client.bindEmail(bind);
    assertEquals(200, bound.getStatusCode(), bound.getMessage());
    JsonNode profile = api.profile(user.token());
    assertEquals(first, profile.path("email").asText());
    assertTrue(profile.path("emailVerified").asBoolean(), profile::toString);

    String second = Api.randomEmail();
    client.sendEmail(send(SendEmailDto.Channel.CHANNEL_UNBIND_EMAIL, first));
    String oldCode = Api.codeIn(mailServer.awaitCount(first, 2, ARRIVAL).text());
    client.sendEmail(send(SendEmailDto.Channel.CHANNEL_BIND_EMAIL, second));
    String newCode = Api.codeIn(mailServer.awaitNewestTo(second, ARRIVAL).text());
    UpdateEmailByEmailPassCodeDto payload = new UpdateEmailByEmailPassCodeDto();
    payload.setOldEmail(first);
    payload.setOldEmailPassCode(oldCode);
    payload.setNewEmail(second);
    payload.setNewEmailPassCode(newCode);
    VerifyUpdateEmailRequestDto verify = new VerifyUpdateEmailRequestDto();
    verify.setVerifyMethod(VerifyUpdateEmailRequestDto.VerifyMethod.EMAIL_PASSCODE);
    verify.setEmailPassCodePayload(payload);
    VerifyUpdateEmailRequestRespDto verified = client.verifyUpdateEmailRequest(verify);
    assertEquals(200, verified.getStatusCode(), verified.getMessage());
    UpdateEmailDto update = new UpdateEmailDto();
    update.setUpdateEmailToken(verified.getData().getUpdateEmailToken());
    CommonResponseDto changed = client.updateEmail(update);
    assertEquals(200, changed.getStatusCode(), changed.getMessage());

    UserSingleRespDto after = client.getProfile(new GetProfileDto());
    assertEquals(second, after.getData().getEmail());
    // The token works once.
    assertEquals(400, client.updateEmail(update).getStatusCode());
  }

  @Test
  void aCodeMailIsWrittenInTheLanguageOfTheRequest() {
    String token = api.newUserToken();
    String chinese = Api.randomEmail();
    String english = Api.randomEmail();

    api.post(
            "/api/v3/send-email",
            Map.of("channel", "CHANNEL_BIND_EMAIL", "email", chinese),
            token,
            Map.of("x-authing-lang", "zh-CN"))
        .assertOk();
    api.post(
            "/api/v3/send-email",
            Map.of("channel", "CHANNEL_BIND_EMAIL", "email", english),
            token,
            Map.of("Accept-Language", "en-US"))
        .assertOk();

    MailServer.Mail zh = mailServer.awaitNewestTo(chinese, ARRIVAL);
    assertEquals("【Phone Binding】您的验证码", zh.subject());
    assertEquals("zh-CN", zh.language());
    assertTrue(zh.text().contains("验证码是 " + Api.codeIn(zh.text())), zh::text);
    assertTrue(zh.text().contains("分钟内有效"), zh::text);
    MailServer.Mail en = mailServer.awaitNewestTo(english, ARRIVAL);
    assertEquals("[Phone Binding] Your verification code", en.subject());
    assertEquals("en-US", en.language());
    assertTrue(en.text().contains("It is valid for 1 minutes"), en::text);
    // Development mode keeps what was sent readable, like the SMS.
    JsonNode kept = api.devMail(english).get(0);
    assertEquals("CHANNEL_BIND_EMAIL", kept.path("purpose").asText());
    assertEquals(lines(en.text()), lines(kept.path("text").asText()));
  }

  @Test
  void badRequestsAreRefusedAndChangeNothing() throws InterruptedException {
    Api.User user = api.newUser();
    String token = user.token();
    String address = api.bindNewEmail(token);
    Api.User other = api.newUser();

    api.post("/api/v3/send-email", Map.of("channel", "CHANNEL_NOPE", "email", address), token)
        .assertError(400, 6005);
    api.post("/api/v3/send-email", Map.of("channel", "CHANNEL_LOGIN", "email", address), token)
        .assertError(400, 6006);
    api.post("/api/v3/send-email", Map.of("channel", "CHANNEL_BIND_EMAIL", "email", "nope"), token)
        .assertError(400, 2003);
    api.post("/api/v3/send-email", Map.of("channel", "CHANNEL_BIND_EMAIL", "email", address), null)
        .assertError(401, 2020);
    // Codes that prove an address go only to the account's own.
    api.post(
            "/api/v3/send-email",
            Map.of("channel", "CHANNEL_UNBIND_EMAIL", "email", Api.randomEmail()),
            token)
        .assertError(400, 6003);
    // The account has a verified address: a bind is a change.
    String code = api.sendEmailCode(token, "CHANNEL_BIND_EMAIL", Api.randomEmail());
    api.post("/api/v3/bind-email", Map.of("email", Api.randomEmail(), "passCode", code), token)
        .assertError(409, 6041);
    // Another account cannot take the address, even with a right code for it (sent once the
    // address's resend interval is over).
    Thread.sleep(Duration.ofSeconds(DeployedEar.resendIntervalSeconds()).toMillis());
    String taken = api.sendEmailCode(other.token(), "CHANNEL_BIND_EMAIL", address);
    api.post("/api/v3/bind-email", Map.of("email", address, "passCode", taken), other.token())
        .assertError(409, 6040);
    api.post("/api/v3/bind-email", Map.of("email", address, "passCode", "000000"), other.token())
        .assertError(400, 2001);
    api.post(
            "/api/v3/verify-update-email-request",
            Map.of("verifyMethod", "PHONE_PASSCODE", "emailPassCodePayload", Map.of()),
            token)
        .assertError(400, 6024);
    api.post(
            "/api/v3/verify-update-email-request",
            Map.of(
                "verifyMethod",
                "EMAIL_PASSCODE",
                // The spelling of Authing's Android SDK.
                "emailPasscodePayload",
                Map.of("newEmail", address, "newEmailPassCode", "123456")),
            token)
        .assertError(400, 6043);
    api.post("/api/v3/update-email", Map.of("updateEmailToken", "not-a-token"), token)
        .assertError(400, 6017);

    assertEquals(address, api.profile(token).path("email").asText());
    JsonNode stranger = api.profile(other.token());
    assertTrue(stranger.path("email").isNull(), stranger::toString);
    assertFalse(stranger.path("emailVerified").asBoolean());
  }

  @Test
  void mailWaitsInTheOutboxWhileTheMailServerIsDownAndArrivesWhenItIsBack() {
    String token = api.newUserToken();
    String address = Api.randomEmail();
    mailServer.stop();
    try {
      api.post(
              "/api/v3/send-email",
              Map.of("channel", "CHANNEL_BIND_EMAIL", "email", address),
              token)
          .assertOk();
      // A failed attempt leaves the mail waiting for the next one (while an attempt is in flight
      // it is SENDING: the state is read whole, once a failure was recorded).
      Eventually.await(
          "an attempt failed and the mail waits",
          Duration.ofSeconds(10),
          () -> {
            JsonNode kept = api.devMail(address).get(0);
            return kept.path("attempts").asInt() >= 1
                && kept.path("status").asText().equals("PENDING");
          });
    } finally {
      mailServer.start();
    }
    MailServer.Mail arrived = mailServer.awaitNewestTo(address, Duration.ofSeconds(30));
    assertNotNull(Api.codeIn(arrived.text()));
    Eventually.await(
        "the outbox recorded the delivery",
        Duration.ofSeconds(10),
        () -> api.devMail(address).get(0).path("status").asText().equals("SENT"));
  }

  /** SMTP ends lines with CR LF. */
  private static String lines(String text) {
    return text.replace("\r\n", "\n").strip();
  }

  private static AuthenticationClient sdkSignedInAs(Api.User user) throws Exception {
    AuthenticationClientOptions options = new AuthenticationClientOptions();
    options.setAppId("phone-binding-it");
    options.setAppSecret("not-checked");
    options.setAppHost(Api.BASE_URL);
    AuthenticationClient client = new AuthenticationClient(options);
    client.setAccessToken(user.token());
    return client;
  }

  private static SendEmailDto send(SendEmailDto.Channel channel, String address) {
    SendEmailDto send = new SendEmailDto();
    send.setChannel(channel);
    send.setEmail(address);
    return send;
  }
}
