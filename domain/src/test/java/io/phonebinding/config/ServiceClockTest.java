package io.phonebinding.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceClockTest {

  @Test
  void testsMoveTheClockForwardAndBackToTheSystemsTime() {
    ClockProducer producer = new ClockProducer();
    Clock clock = producer.clock();

    producer.advance(Duration.ofDays(7));
    producer.advance(Duration.ofDays(1));

    assertEquals(Duration.ofDays(8), producer.ahead());
    Instant expected = Instant.now().plus(Duration.ofDays(8));
    assertTrue(Duration.between(expected, clock.instant()).abs().toSeconds() < 5);
    assertThrows(IllegalArgumentException.class, () -> producer.advance(Duration.ofDays(-1)));
    producer.reset();
    assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
  }
}
