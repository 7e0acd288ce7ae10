package io.phonebinding.infrastructure.shutdown;

import io.phonebinding.retention.PurgeSchedule;
import io.phonebinding.sms.DispatchSchedule;
import io.phonebinding.sms.SmsDispatcher;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Drains the server when it is told to stop (SIGTERM, or SIGINT, which the start script passes on
 * as SIGTERM), before WildFly's own stop begins. Readiness goes down at once, and for {@code
 * phonebind.drain-seconds} the server still answers whatever reaches it, long enough for a load
 * balancer's checks to take it out. Then the outbox dispatch and the purge stop (the delivery in
 * flight is recorded, so no lease is left behind) and the JVM's usual handler runs: WildFly
 * suspends, answering anything new 503 (which a load balancer retries on another server), waits for
 * the requests in flight, and stops.
 *
 * <p>A JVM shutdown hook would run beside WildFly's, which suspends and removes the EAR's web
 * contexts at once; a signal handler runs first, and the JVM's handler after it.
 */
@ApplicationScoped
public class StopSignal {

  private static final Logger LOG = Logger.getLogger(StopSignal.class.getName());
  private static final String[] SIGNALS = {"TERM", "INT"};

  @Inject
  @ConfigProperty(name = "phonebind.drain-seconds", defaultValue = "5")
  long drainSeconds;

  @Inject DispatchSchedule dispatch;

  @Inject PurgeSchedule purge;

  @Inject SmsDispatcher dispatcher;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final SignalHandler[] previous = new SignalHandler[SIGNALS.length];
  private final SignalHandler handler = this::drainThenStop;

  /** Handles the stop signals from now on; a second call changes nothing. */
  public synchronized void listen() {
    for (int i = 0; i < SIGNALS.length; i++) {
      if (previous[i] == null) {
        previous[i] = install(SIGNALS[i], handler);
      }
    }
  }

  /** True from the stop signal on: readiness is down. */
  public boolean isStopping() {
    return stopping.get();
  }

  private void drainThenStop(Signal signal) {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    LOG.info(() -> "SIG" + signal.getName() + ": not ready; stopping in " + drainSeconds + " s");
    try {
      Thread.sleep(Duration.ofSeconds(drainSeconds).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dispatch.stop();
    purge.stop();
    dispatcher.finishInFlight();
    previousHandlerOf(signal).handle(signal);
  }

  private SignalHandler previousHandlerOf(Signal signal) {
    for (int i = 0; i < SIGNALS.length; i++) {
      SignalHandler old = previous[i];
      if (SIGNALS[i].equals(signal.getName())
          && old != null
          && old != SignalHandler.SIG_IGN
          && old != SignalHandler.SIG_DFL) {
        return old;
      }
    }
    // What the JVM does on SIGTERM: exit, running the shutdown hooks (WildFly's stop).
    return ignored -> System.exit(128 + 15);
  }

  /** The signals go back to the JVM's handlers when the EAR is undeployed without a stop. */
  @PreDestroy
  synchronized void stopListening() {
    for (int i = 0; i < SIGNALS.length; i++) {
      if (previous[i] != null && !stopping.get()) {
        install(SIGNALS[i], previous[i]);
      }
      previous[i] = null;
    }
  }

  /**
   * Answers the handler replaced; a signal the JVM does not let an application handle (SIGINT is
   * ignored in a process started in the background) keeps its handler.
   */
  private static SignalHandler install(String name, SignalHandler handler) {
    try {
      return Signal.handle(new Signal(name), handler);
    } catch (IllegalArgumentException notHandled) {
      return null;
    }
  }
}
