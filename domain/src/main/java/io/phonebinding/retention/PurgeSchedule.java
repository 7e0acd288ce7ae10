package io.phonebinding.retention;

import io.phonebinding.config.RepeatingTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the purge every {@code phonebind.purge.interval}, from startup to shutdown. */
@ApplicationScoped
public class PurgeSchedule {

  private static final Logger LOG = Logger.getLogger(PurgeSchedule.class.getName());
  private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);

  @Inject DataPurge purge;

  @Inject RetentionSettings retention;

  @Resource ManagedScheduledExecutorService scheduler;

  private final RepeatingTask purging = new RepeatingTask(this::purgeQuietly);

  /** Starts purging; the schema must be up to date. A second call changes nothing. */
  public void start() {
    Duration interval = retention.interval();
    purging.start(
        scheduler, interval.compareTo(SHORTEST_INTERVAL) < 0 ? SHORTEST_INTERVAL : interval);
  }

  private void purgeQuietly() {
    try {
      purge.purge();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Purge failed; the next one will retry", failed);
    }
  }

  /** Schedules no more purges; one in progress finishes. */
  @PreDestroy
  public void stop() {
    purging.stop();
  }
}
