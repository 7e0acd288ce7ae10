package io.phonebinding.config;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work repeated at a fixed delay on the server's scheduler, from its start until it is stopped: the
 * SMS dispatcher's passes and the purge.
 */
public final class RepeatingTask {

  private final Runnable work;
  private ScheduledFuture<?> schedule;

  public RepeatingTask(Runnable work) {
    this.work = work;
  }

  /** Schedules the work, first after one interval; a task already started stays as it is. */
  public synchronized void start(ManagedScheduledExecutorService scheduler, Duration interval) {
    if (schedule != null) {
      return;
    }
    long millis = interval.toMillis();
    schedule = scheduler.scheduleWithFixedDelay(work, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Lets a run in progress finish and schedules no more. */
  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
