package io.phonebinding.retention;

import io.phonebinding.schema.SchemaMigration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the purge every {@code phonebind.purge.interval}, from startup to shutdown. */
@ApplicationScoped
public class PurgeSchedule {

  private static final Logger LOG = Logger.getLogger(PurgeSchedule.class.getName());

  @Inject DataPurge purge;

  @Inject RetentionSettings retention;

  @Inject SchemaMigration schema;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> schedule;

  synchronized void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (schedule != null) {
      return;
    }
    schema.ensureMigrated();
    long interval = Math.max(1000, retention.interval().toMillis());
    schedule = scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  private void purgeQuietly() {
    try {
      purge.purge();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Purge failed; the next one will retry", failed);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
