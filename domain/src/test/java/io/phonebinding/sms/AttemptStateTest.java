package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptStateTest {

  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  @Test
  void receiptsMoveAnAttemptForwardOnlyAndTwiceChangesNothing() {
    DeliveryAttempt attempt = new DeliveryAttempt(1, "aliyun", NOW);
    attempt.accepted("biz-1", NOW);

    assertTrue(attempt.receipt(AttemptState.DELIVERED, null, NOW));
    assertFalse(attempt.receipt(AttemptState.DELIVERED, null, NOW), "a duplicate");
    assertFalse(attempt.receipt(AttemptState.ACCEPTED, null, NOW), "a late 'sent'");
    assertFalse(attempt.receipt(AttemptState.UNDELIVERED, "X", NOW), "out of order");
    assertEquals(AttemptState.DELIVERED, attempt.state());
  }

  @Test
  void aProvidersReceiptOverrulesOurJudgementThatNoneCame() {
    DeliveryAttempt attempt = new DeliveryAttempt(1, "twilio", NOW);
    attempt.accepted("SM1", NOW);
    attempt.noReceipt();

    assertTrue(attempt.receipt(AttemptState.DELIVERED, null, NOW.plusSeconds(90)));
    assertEquals(NOW.plusSeconds(90), attempt.receiptAt());
  }
}
