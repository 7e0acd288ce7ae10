package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private static final PhoneNumber PHONE = PhoneNumber.parse("18888888888", null, "CN");

  private final OutboxCipher cipher = OutboxCipherTest.cipher("1");

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
    sent.claim(NOW, Duration.ofSeconds(30));
    sent.delivered("twilio", "SM123", NOW, false);
    OutboxMessage failed = queued(null);
    failed.claim(NOW, Duration.ofSeconds(30));
    failed.attemptFailed("twilio", "HTTP 400", false, Duration.ofSeconds(2), NOW);
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
    message.claim(NOW, Duration.ofSeconds(30));

    message.delivered("dev", "dev-1", NOW, true);

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
    message.claim(NOW, Duration.ofSeconds(30));

    message.delivered("twilio", "SM123", NOW.plusSeconds(1), false);

    assertEquals(OutboxStatus.SENT, message.status());
    assertEquals(1, message.attempts());
    assertEquals("SM123", message.providerMessageId());
  }

  @Test
  void retryableFailureWaitsThenGivesUpAtTheDeadline() {
    OutboxMessage message = queued(null);
    message.claim(NOW, Duration.ofSeconds(30));
    message.attemptFailed("twilio", "HTTP 503", true, Duration.ofSeconds(2), NOW);
    assertEquals(OutboxStatus.PENDING, message.status());

    message.claim(NOW.plusSeconds(599), Duration.ofSeconds(30));
    message.attemptFailed("twilio", "HTTP 503", true, Duration.ofSeconds(2), NOW.plusSeconds(599));

    assertEquals(OutboxStatus.FAILED, message.status());
    assertEquals("HTTP 503", message.lastError());
  }

  @Test
  void refusalIsFinal() {
    OutboxMessage message = queued(null);
    message.claim(NOW, Duration.ofSeconds(30));

    message.attemptFailed("twilio", "HTTP 400", false, Duration.ofSeconds(2), NOW);

    assertEquals(OutboxStatus.FAILED, message.status());
  }

  @Test
  void codeMessageIsTooLateOnceItsCodeExpired() {
    OutboxMessage message = queued(NOW.plusSeconds(300));

    assertFalse(message.isTooLateToSend(NOW.plusSeconds(299)));
    assertTrue(message.isTooLateToSend(NOW.plusSeconds(300)));
    assertFalse(queued(null).isTooLateToSend(NOW.plusSeconds(100_000)));
  }
}
