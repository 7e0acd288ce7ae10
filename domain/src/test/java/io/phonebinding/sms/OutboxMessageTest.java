package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.mail.MailMessage;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.sms.SmsDeliveryException.Failure;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private static final PhoneNumber PHONE = PhoneNumber.parse("18888888888", null, "CN");

  private final OutboxCipher cipher = OutboxCipherTest.cipher("1");

  private static final Duration SECONDS = Duration.ofSeconds(2);
  private static final Duration LEASE = Duration.ofSeconds(30);

  private static long attemptIds;

  /** Takes the message for an attempt with a provider, as a dispatcher does. */
  private static DeliveryAttempt claim(OutboxMessage message, String provider, Instant at) {
    DeliveryAttempt attempt = new DeliveryAttempt(1, provider, at);
    try {
      // The database gives attempts their ids.
      Field id = DeliveryAttempt.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(attempt, ++attemptIds);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    message.claim(at, LEASE, attempt);
    return attempt;
  }

  /** The provider of the chain the message's next attempt goes to, with no provider skipped. */
  private static String next(List<String> chain, OutboxMessage message) {
    return chain.get(message.chainPosition() % chain.size());
  }

  private OutboxMessage queued(Instant sendBefore) {
    SmsMessage message =
        new SmsMessage(
            PHONE, "CHANNEL_BIND_PHONE", "code 123456", Map.of("code", "123456"), sendBefore);
    return new OutboxMessage(message, cipher, NOW, Duration.ofMinutes(10));
  }

  @Test
  void pendingMessageHoldsItsCodeOnlySealed() {
    OutboxMessage message = queued(null);

    assertFalse(OutboxCipherTest.fieldsOf(message).contains("123456"));
    assertEquals("code 123456", message.text(cipher).orElseThrow());
    assertEquals(Map.of("code", "123456"), message.templateParams(cipher));
  }

  @Test
  void finishedMessageKeepsNothingOfWhatItSaid() {
    OutboxMessage sent = queued(null);
    claim(sent, "twilio", NOW);
    sent.accepted("SM123", NOW, null, false);
    OutboxMessage failed = queued(null);
    claim(failed, "twilio", NOW);
    failed.attemptFailed("HTTP 400", Failure.PROVIDER_REFUSED, false, Duration.ofSeconds(2), NOW);
    OutboxMessage expired = queued(NOW.plusSeconds(1));
    expired.expired();

    for (OutboxMessage message : List.of(sent, failed, expired)) {
      assertTrue(message.text(cipher).isEmpty(), message.status().name());
      assertTrue(message.templateParams(cipher).isEmpty(), message.status().name());
    }
  }

  @Test
  void developmentProviderKeepsWhatItDelivered() {
    OutboxMessage message = queued(null);
    claim(message, "dev", NOW);

    message.accepted("dev-1", NOW, null, true);

    assertEquals("code 123456", message.text(cipher).orElseThrow());
  }

  @Test
  void messageSealedWithAnEarlierKeyOpensAfterTheKeyMoves() {
    OutboxMessage message = queued(null);

    assertEquals("code 123456", message.text(OutboxCipherTest.cipher("2")).orElseThrow());
  }

  @Test
  void deliveredMessageRecordsProviderAndId() {
    OutboxMessage message = queued(null);
    claim(message, "twilio", NOW);

    message.accepted("SM123", NOW.plusSeconds(1), null, false);

    assertEquals(OutboxStatus.SENT, message.status());
    assertEquals("twilio", message.provider());
    assertEquals(1, message.attempts());
    assertEquals("SM123", message.providerMessageId());
  }

  @Test
  void retryableFailureWaitsThenGivesUpAtTheDeadline() {
    OutboxMessage message = queued(null);
    claim(message, "twilio", NOW);
    message.attemptFailed("HTTP 503", Failure.RETRYABLE, false, Duration.ofSeconds(2), NOW);
    assertEquals(OutboxStatus.PENDING, message.status());

    claim(message, "twilio", NOW.plusSeconds(599));
    message.attemptFailed(
        "HTTP 503", Failure.RETRYABLE, false, Duration.ofSeconds(2), NOW.plusSeconds(599));

    assertEquals(OutboxStatus.FAILED, message.status());
    assertEquals("HTTP 503", message.lastError());
  }

  @Test
  void aProviderRefusalMovesToAnUntriedProviderAtOnceAndIsFinalWithoutOne() {
    List<String> chain = List.of("aliyun", "webhook");
    OutboxMessage message = queued(null);
    claim(message, next(chain, message), NOW);
    assertEquals("aliyun", message.provider());

    message.attemptFailed(
        "HTTP 401", Failure.PROVIDER_REFUSED, message.hasUntriedProviderIn(chain), SECONDS, NOW);
    assertEquals(OutboxStatus.PENDING, message.status());
    assertEquals("webhook", next(chain, message));

    claim(message, next(chain, message), NOW);
    message.attemptFailed(
        "HTTP 401", Failure.PROVIDER_REFUSED, message.hasUntriedProviderIn(chain), SECONDS, NOW);
    assertEquals(OutboxStatus.FAILED, message.status());
  }

  @Test
  void aRefusedNumberEndsTheGroupWhateverProvidersAreLeft() {
    OutboxMessage message = queued(null);
    claim(message, "twilio", NOW);

    message.attemptFailed("Twilio error 21211", Failure.NUMBER_REFUSED, true, SECONDS, NOW);

    assertEquals(OutboxStatus.FAILED, message.status());
    assertTrue(message.text(cipher).isEmpty());
  }

  @Test
  void retriesGoAroundTheChain() {
    List<String> chain = List.of("a", "b");
    OutboxMessage message = queued(null);
    List<String> tried = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tried.add(next(chain, message));
      claim(message, next(chain, message), NOW);
      message.attemptFailed("timeout", Failure.RETRYABLE, false, SECONDS, NOW);
    }
    assertEquals(List.of("a", "b", "a"), tried);
  }

  @Test
  void withoutAReceiptInTimeTheNextProviderIsTriedUpToTheCap() {
    List<String> chain = List.of("a", "b", "c");
    OutboxMessage message = queued(null);
    DeliveryAttempt first = claim(message, next(chain, message), NOW);
    assertTrue(message.awaits(first));
    message.accepted("A-1", NOW, Duration.ofSeconds(45), false);
    assertEquals(OutboxStatus.ACCEPTED, message.status());
    assertEquals("code 123456", message.text(cipher).orElseThrow(), "kept for the next provider");

    message.notArrived("no receipt in time", 2, NOW.plusSeconds(45));
    assertEquals(OutboxStatus.PENDING, message.status());
    assertEquals("b", next(chain, message));
    claim(message, "b", NOW.plusSeconds(45));
    message.accepted("B-1", NOW.plusSeconds(46), Duration.ofSeconds(45), false);

    message.notArrived("no receipt in time", 2, NOW.plusSeconds(91));
    assertEquals(OutboxStatus.FAILED, message.status(), "two providers accepted it: the cap");
    assertTrue(message.mayStillArrive(), "a late receipt may still say it arrived");
    message.arrived(NOW.plusSeconds(95), false);
    assertEquals(OutboxStatus.DELIVERED, message.status());
    assertFalse(message.mayStillArrive());
  }

  @Test
  void aLateAnswerOfAnEarlierAttemptDecidesNothing() {
    OutboxMessage message = queued(null);
    DeliveryAttempt first = claim(message, "a", NOW);
    message.accepted("A-1", NOW, Duration.ofSeconds(45), false);
    message.notArrived("no receipt in time", 3, NOW.plusSeconds(45));
    claim(message, "b", NOW.plusSeconds(45));

    assertFalse(message.awaits(first));
  }

  @Test
  void codeMessageIsTooLateOnceItsCodeExpired() {
    OutboxMessage message = queued(NOW.plusSeconds(300));

    assertFalse(message.isTooLateToSend(NOW.plusSeconds(299)));
    assertTrue(message.isTooLateToSend(NOW.plusSeconds(300)));
    assertFalse(queued(null).isTooLateToSend(NOW.plusSeconds(100_000)));
  }

  @Test
  void anEmailIsSealedLikeATextMessageAndSentOnceTheMailServerTookIt() {
    OutboxMessage mail =
        new OutboxMessage(
            new MailMessage(
                "ada@example.com",
                "CHANNEL_BIND_EMAIL",
                "[App] Your verification code",
                "Your App verification code is 123456.",
                Locale.SIMPLIFIED_CHINESE),
            cipher,
            NOW,
            Duration.ofMinutes(10));

    assertTrue(mail.isMail());
    MailMessage opened = mail.mail(cipher).orElseThrow();
    assertEquals("[App] Your verification code", opened.subject());
    assertEquals(Locale.SIMPLIFIED_CHINESE, opened.language());
    assertEquals("Your App verification code is 123456.", opened.text());

    mail.claimMail(NOW, LEASE);
    mail.attemptFailed("mail server down", Failure.RETRYABLE, false, SECONDS, NOW);
    assertEquals(OutboxStatus.PENDING, mail.status());
    mail.claimMail(NOW.plus(SECONDS), LEASE);
    mail.accepted(null, NOW.plus(SECONDS), null, false);

    assertEquals(OutboxStatus.SENT, mail.status());
    assertEquals(2, mail.attempts());
    assertTrue(mail.mail(cipher).isEmpty(), "nothing of it is kept once sent");
  }
}
