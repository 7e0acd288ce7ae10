package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderBreakerTest {

  private Instant now = Instant.parse("2026-12-06T08:00:00Z");
  private final ProviderBreaker breaker = breaker();

  private ProviderBreaker breaker() {
    ProviderBreaker breaker = new ProviderBreaker();
    breaker.settings =
        new SmsDeliverySettings() {
          @Override
          public ProviderBreaker.BreakerSettings breaker() {
            return new ProviderBreaker.BreakerSettings(
                Duration.ofSeconds(60), 4, 0.5, Duration.ofSeconds(30));
          }
        };
    breaker.clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    return breaker;
  }

  @Test
  void aProviderWhoseAttemptsMostlyFailIsSkippedForAWhileThenLetBack() {
    breaker.succeeded("a");
    breaker.failed("a");
    breaker.failed("a");
    assertFalse(breaker.isOpen("a"), "too few attempts to judge");

    breaker.failed("a");
    assertTrue(breaker.isOpen("a"));
    assertEquals(List.of("a"), breaker.openProviders());
    assertEquals("b", breaker.choose(List.of("a", "b"), 0));
    assertEquals("b", breaker.choose(List.of("a", "b"), 1));

    now = now.plusSeconds(31);
    assertFalse(breaker.isOpen("a"));
    assertEquals("a", breaker.choose(List.of("a", "b"), 0));
    breaker.failed("a");
    assertFalse(breaker.isOpen("a"), "let back with a clean slate");
  }

  @Test
  void whenEveryProviderIsSkippedTheChainsOwnTurnIsTried() {
    for (String provider : List.of("a", "b")) {
      for (int i = 0; i < 4; i++) {
        breaker.failed(provider);
      }
    }
    assertEquals("b", breaker.choose(List.of("a", "b"), 1));
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    breaker.failed("a");
    breaker.failed("a");
    breaker.failed("a");
    now = now.plusSeconds(61);
    breaker.succeeded("a");
    assertFalse(breaker.isOpen("a"));
  }
}
