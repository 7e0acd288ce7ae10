package io.phonebinding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The service's notion of now; one producer so tests and rules agree on time. */
@ApplicationScoped
public class ClockProducer {

  private final ServiceClock clock = new ServiceClock();

  @Produces
  Clock clock() {
    return clock;
  }

  /**
   * Moves the service's clock forward, for tests in development mode only: callers check that
   * ({@code binding.DevelopmentClock}).
   */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward");
    }
    clock.advance(by);
  }

  /** Back to the system's time. */
  public void reset() {
    clock.reset();
  }

  /** How far ahead of the system's time the clock is. */
  public Duration ahead() {
    return clock.ahead();
  }
}
