package io.phonebinding.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendLimitsTest {

  @Test
  void allowListIsParsedLeniently() {
    assertEquals(Set.of("CN", "US"), SendLimits.parseRegions(" cn, US ,,"));
  }

  @Test
  void onlyListedRegionsAreAllowedUnlessStar() {
    SendLimits chinaOnly = new SendLimits(true, Set.of("CN"), Set.of(), 5, 10, 30, 100, 10, 20);
    SendLimits anywhere = new SendLimits(true, Set.of("*"), Set.of(), 5, 10, 30, 100, 10, 20);

    assertTrue(chinaOnly.allowsRegion("CN"));
    assertFalse(chinaOnly.allowsRegion("US"));
    assertTrue(anywhere.allowsRegion("US"));
  }

  @Test
  void windowIsFullAtItsCapAndHasRoomWhenTheOldestLeaves() {
    Instant now = Instant.parse("2026-11-27T08:00:00Z");
    SlidingWindow window = new SlidingWindow(5, now.minusSeconds(3000), Duration.ofHours(1));

    assertTrue(window.isFull(5));
    assertFalse(window.isFull(6));
    assertEquals(600, window.secondsUntilRoom(now));
  }

  @Test
  void emptyWindowIsNeverFull() {
    SlidingWindow empty = new SlidingWindow(0, null, Duration.ofHours(1));

    assertFalse(empty.isFull(1));
    assertEquals(1, empty.secondsUntilRoom(Instant.now()));
  }
}
