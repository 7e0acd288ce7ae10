package io.phonebinding.sms;

import io.phonebinding.config.RepeatingTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs the dispatchers (text messages here, e-mail on a thread of its own) every {@code
 * phonebind.sms.dispatch-interval-ms}, from startup (once the schema is migrated) to shutdown. The
 * immediate pass after each commit does most of the work; the schedule picks up retries and
 * anything queued by another server that has stopped.
 */
@ApplicationScoped
public class DispatchSchedule {

  @Inject SmsDispatcher dispatcher;

  @Inject MailDispatcher mail;

  @Inject SmsDeliverySettings settings;

  @Resource ManagedScheduledExecutorService scheduler;

  private final RepeatingTask dispatching =
      new RepeatingTask(
          () -> {
            dispatcher.dispatchDue();
            mail.dispatchSoon();
          });

  /** Starts dispatching; the schema must be up to date. A second call changes nothing. */
  public void start() {
    dispatching.start(scheduler, settings.dispatchInterval());
  }

  /** Schedules no more passes; a pass in progress finishes. */
  @PreDestroy
  public void stop() {
    dispatching.stop();
  }
}
