package io.phonebinding.sms;

import io.phonebinding.metrics.ServiceMetrics;
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

/**
 * Runs the dispatcher every {@code phonebind.sms.dispatch-interval-ms}, from startup (once the
 * schema is migrated) to shutdown. The immediate pass after each commit does most of the work;
 * the schedule picks up retries and anything queued by another server that has stopped.
 */
@ApplicationScoped
public class DispatchSchedule {

  @Inject SmsDispatcher dispatcher;

  @Inject SmsDeliverySettings settings;

  @Inject SchemaMigration schema;

  @Inject ServiceMetrics metrics;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> schedule;

  synchronized void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (schedule != null) {
      return;
    }
    schema.ensureMigrated();
    metrics.registerDeliveryMeters(settings.provider());
    long interval = settings.dispatchInterval().toMillis();
    schedule =
        scheduler.scheduleWithFixedDelay(
            dispatcher::dispatchDue, interval, interval, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
