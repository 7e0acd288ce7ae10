package io.phonebinding.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhoneClaimTest {

  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  private static PhoneClaim claim() {
    return new PhoneClaim(
        PhoneNumber.parse("18888888888", null, "CN"),
        "holder",
        "claimant",
        "hash",
        NOW,
        NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void theKeepLinkDisputesAPendingClaimOnce() {
    PhoneClaim claim = claim();

    assertTrue(claim.dispute(NOW));
    assertEquals(ClaimState.DISPUTED, claim.state());
    assertTrue(claim.state().isOpen(), "a disputed claim waits for an operator");
    assertFalse(claim.dispute(NOW), "the link works once");
  }

  @Test
  void anEndedClaimIsNoLongerOpenAndOnlyAnEndEndsIt() {
    PhoneClaim claim = claim();

    assertThrows(IllegalArgumentException.class, () -> claim.end(ClaimState.DISPUTED, NOW));
    claim.end(ClaimState.CANCELLED, NOW);

    assertFalse(claim.state().isOpen());
    assertFalse(claim.dispute(NOW));
    assertEquals(NOW, claim.endedAt());
  }

  @Test
  void theDormancyPeriodIsNeverUnderFortyFiveDays() {
    ClaimSettings settings = new ClaimSettings();
    settings.dormancyDays = 30;
    assertEquals(Duration.ofDays(45), settings.dormancy());
    settings.dormancyDays = 120;
    assertEquals(Duration.ofDays(120), settings.dormancy());
  }
}
