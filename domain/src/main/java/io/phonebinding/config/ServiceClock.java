package io.phonebinding.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock: the system's, which development mode lets tests move forward (a claim's
 * seven days, a change's three) without waiting; production mode never moves it.
 */
public final class ServiceClock extends Clock {

  private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

  /** Moves the clock forward; it goes on from there. */
  void advance(Duration by) {
    ahead.accumulateAndGet(by, Duration::plus);
  }

  /** Back to the system's time. */
  void reset() {
    ahead.set(Duration.ZERO);
  }

  /** How far ahead of the system's time it is. */
  Duration ahead() {
    return ahead.get();
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), ahead.get());
  }
}
