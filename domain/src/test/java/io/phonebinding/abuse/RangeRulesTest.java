package io.phonebinding.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RangeRulesTest {

  private static final RangeRule RULE = new RangeRule(10, 20, Duration.ofHours(12));
  private static final Instant TEN = Instant.parse("2026-12-06T10:00:00Z");

  private static PhoneNumber number(int last) {
    return PhoneNumber.parse("18812345" + String.format("%03d", last), null, "CN");
  }

  @Test
  void aThousandNumbersShareABlock() {
    assertEquals("+8618812345", NumberBlock.keyOf(number(0)));
    assertEquals("+8618812345", NumberBlock.keyOf(number(999)));
  }

  @Test
  void theTenthUnusedCodeBlocksTheRangeForTwelveHours() {
    NumberBlock block = new NumberBlock(number(0), TEN);
    for (int send = 1; send < 10; send++) {
      assertFalse(block.countSend(RULE, TEN.plusSeconds(send)), "send " + send);
    }

    assertTrue(block.countSend(RULE, TEN.plusSeconds(10)));
    assertEquals(Optional.of(Duration.ofHours(12)), block.blockedFor(TEN.plusSeconds(10)));
    assertEquals(
        Optional.empty(), block.blockedFor(TEN.plusSeconds(10).plus(Duration.ofHours(12))));
  }

  @Test
  void aRangeWhoseCodesAreUsedIsNotBlocked() {
    NumberBlock block = new NumberBlock(number(0), TEN);
    for (int send = 1; send <= 30; send++) {
      Instant at = TEN.plusSeconds(send * 60L);
      assertFalse(block.countSend(RULE, at), "send " + send);
      if (send % 2 == 0) {
        block.countUse(at);
      }
    }
  }

  @Test
  void theLastClockHourCountsWholeAfterTheTurnOfTheHour() {
    NumberBlock block = new NumberBlock(number(0), TEN);
    for (int send = 0; send < 6; send++) {
      block.countSend(RULE, TEN.plus(Duration.ofMinutes(59)));
    }
    Instant nextHour = TEN.plus(Duration.ofMinutes(61));
    for (int send = 0; send < 3; send++) {
      assertFalse(block.countSend(RULE, nextHour), "send " + send);
    }

    assertTrue(block.countSend(RULE, nextHour));
  }

  @Test
  void anHourApartTheCountsStartAgain() {
    NumberBlock block = new NumberBlock(number(0), TEN);
    for (int send = 0; send < 9; send++) {
      block.countSend(RULE, TEN);
    }

    assertFalse(block.countSend(RULE, TEN.plus(Duration.ofMinutes(121))));
  }

  @Test
  void aStricterRuleBlocksSooner() {
    NumberBlock block = new NumberBlock(number(0), TEN);
    RangeRule strict = RULE.withSendsPerHour(3);

    assertFalse(block.countSend(strict, TEN));
    assertFalse(block.countSend(strict, TEN));
    assertTrue(block.countSend(strict, TEN));
  }

  @Test
  void aCountryWellAboveItsUsualHourSurges() {
    CountryTraffic country = new CountryTraffic("CN", TEN.minus(Duration.ofDays(2)));
    // Two days at 40 codes an hour make 40 its usual hour.
    for (int hour = 0; hour < 48; hour++) {
      country.add(40, 30, TEN.minus(Duration.ofDays(2)).plus(Duration.ofHours(hour)));
    }
    country.add(0, 0, TEN);
    assertEquals(40, country.usualPerHour(), 10);

    // The last hour's 40 still count almost whole a minute into this one.
    country.add(100, 0, TEN.plusSeconds(60));
    assertFalse(country.isSurging(TEN.plusSeconds(60), 100, 5));

    country.add(100, 0, TEN.plusSeconds(120));
    assertTrue(country.isSurging(TEN.plusSeconds(120), 100, 5));
  }

  @Test
  void aSmallCountryNeverSurgesBelowTheMinimum() {
    CountryTraffic country = new CountryTraffic("IS", TEN);

    country.add(99, 0, TEN);

    assertFalse(country.isSurging(TEN, 100, 5));
  }

  @Test
  void anUnknownSurgeActionFailsNamingTheAllowedOnes() {
    RangeSettings settings = new RangeSettings();
    settings.surgeAction = " Refuse ";
    assertEquals(RangeSettings.SurgeAction.REFUSE, settings.surgeAction());

    settings.surgeAction = "sometimes";
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, settings::surgeAction);
    assertTrue(refused.getMessage().contains("allowed values: off, strict, refuse"));
  }
}
