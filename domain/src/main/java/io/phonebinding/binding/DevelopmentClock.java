package io.phonebinding.binding;

import io.phonebinding.config.ClockProducer;
import io.phonebinding.sms.DevelopmentOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The service's clock as tests move it, in development mode only (where the development outbox
 * exists; production mode refuses it): days pass at once, and what fell due is made.
 */
@ApplicationScoped
public class DevelopmentClock {

  @Inject DevelopmentOutbox outbox;

  @Inject ClockProducer clock;

  @Inject DueChanges dueChanges;

  /**
   * @throws io.phonebinding.error.ResourceNotFoundException outside development mode
   */
  public void requireAvailable() {
    outbox.requireExists();
  }

  /**
   * Moves the clock forward and makes what fell due.
   *
   * @return how far ahead of the system's time the clock is now
   * @throws io.phonebinding.error.ResourceNotFoundException outside development mode
   */
  public Duration advance(Duration by) {
    requireAvailable();
    clock.advance(by);
    dueChanges.makeDue();
    return clock.ahead();
  }

  /**
   * Back to the system's time.
   *
   * @throws io.phonebinding.error.ResourceNotFoundException outside development mode
   */
  public void reset() {
    requireAvailable();
    clock.reset();
  }
}
