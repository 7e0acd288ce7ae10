package io.phonebinding.sms;

import io.phonebinding.config.RepeatingTask;
import io.phonebinding.metrics.ServiceMetrics;
import io.phonebinding.schema.SchemaMigration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

  private final RepeatingTask dispatching = new RepeatingTask(() -> dispatcher.dispatchDue());

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    schema.ensureMigrated();
    metrics.registerDeliveryMeters(settings.provider());
    dispatching.start(scheduler, settings.dispatchInterval());
  }

  @PreDestroy
  void stop() {
    dispatching.stop();
  }
}
