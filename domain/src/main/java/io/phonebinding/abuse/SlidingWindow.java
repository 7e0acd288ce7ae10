package io.phonebinding.abuse;

import java.time.Duration;
import java.time.Instant;

/**
 * How many events fell in a sliding window and when the oldest of them happened; tells whether a
 * cap is reached and how long until the window has room again.
 */
record SlidingWindow(long count, Instant oldest, Duration length) {

  boolean isFull(int cap) {
    return count >= cap;
  }

  /** Seconds until the oldest event leaves the window, at least 1. */
  long secondsUntilRoom(Instant now) {
    if (oldest == null) {
      return 1;
    }
    long millis = Duration.between(now, oldest.plus(length)).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
