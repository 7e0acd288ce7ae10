package io.phonebinding.binding;

import io.phonebinding.claim.PhoneClaims;
import io.phonebinding.config.RepeatingTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the changes whose delay is over, every {@code phonebind.due-changes.interval-seconds}:
 * claims on recycled numbers and changes of number made without the old phone. Each runs in a
 * transaction of its own under a row lock, so several servers may run this at once.
 */
@ApplicationScoped
public class DueChanges {

  private static final Logger LOG = Logger.getLogger(DueChanges.class.getName());

  @Inject PhoneClaims claims;

  @Inject LostPhoneChanges lostPhoneChanges;

  @Inject
  @ConfigProperty(name = "phonebind.due-changes.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  @Resource ManagedScheduledExecutorService scheduler;

  private final RepeatingTask making = new RepeatingTask(this::makeQuietly);

  /** Starts the schedule; the schema must be up to date. A second call changes nothing. */
  public void start() {
    making.start(scheduler, Duration.ofSeconds(Math.max(1, intervalSeconds)));
  }

  /** Makes what is due now; returns how many changes were made. */
  public int makeDue() {
    return claims.completeDue() + lostPhoneChanges.completeDue();
  }

  private void makeQuietly() {
    try {
      makeDue();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Making due changes failed; the next run will retry", failed);
    }
  }

  /** Schedules no more runs; one in progress finishes. */
  @PreDestroy
  public void stop() {
    making.stop();
  }
}
