package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/**
 * How many events fell in a sliding window and when the oldest of them happened; tells whether a
 * cap is reached and how long until the window has room again.
 */
public record SlidingWindow(long count, Instant oldest, Duration length) {

  /**
   * The window ending now of one key, read with a named query that takes {@code key} and {@code
   * since} and selects the count and the oldest time.
   */
  public static SlidingWindow of(
      EntityManager entityManager, String query, String key, Duration length, Instant now) {
    Object[] row =
        entityManager
            .createNamedQuery(query, Object[].class)
            .setParameter("key", key)
            .setParameter("since", now.minus(length))
            .getSingleResult();
    return new SlidingWindow(((Number) row[0]).longValue(), (Instant) row[1], length);
  }

  /**
   * @throws TooManyRequestsException with {@code kind} and the seconds until there is room, when
   *     the window holds {@code cap} events or more
   */
  public void refuseIfFull(int cap, ErrorKind kind, Instant now) {
    if (isFull(cap)) {
      throw new TooManyRequestsException(kind, secondsUntilRoom(now));
    }
  }

  public boolean isFull(int cap) {
    return count >= cap;
  }

  /** Seconds until the oldest event leaves the window, at least 1. */
  public long secondsUntilRoom(Instant now) {
    if (oldest == null) {
      return 1;
    }
    long millis = Duration.between(now, oldest.plus(length)).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
