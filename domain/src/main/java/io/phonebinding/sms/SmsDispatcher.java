package io.phonebinding.sms;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: claims due messages, hands each to the configured provider, and records the
 * provider's id, or the failure and when to retry (exponential backoff until the give-up time).
 * Runs on a schedule and right after each commit that queued a message. On shutdown it finishes the
 * attempts in flight, so a restart neither loses nor repeats a message.
 */
@ApplicationScoped
public class SmsDispatcher {

  private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());

  @Inject OutboxStore outbox;

  @Inject SmsDeliverySettings settings;

  @Inject Instance<SmsProvider> providers;

  @Inject Event<SmsDeliveryAttempt> deliveries;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  /** One pass at a time per server; other servers are kept apart by the row locks. */
  private final ReentrantLock pass = new ReentrantLock();

  private final AtomicBoolean nudged = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile Instant lastPassStartedAt;

  /** When the last pass began; null before the first. For the liveness check. */
  public Instant lastPassStartedAt() {
    return lastPassStartedAt;
  }

  /** Asks for a pass as soon as possible, without waiting for it. */
  public void dispatchSoon() {
    if (!stopping && nudged.compareAndSet(false, true)) {
      try {
        executor.execute(this::dispatchDue);
      } catch (RuntimeException rejected) {
        nudged.set(false);
      }
    }
  }

  /** Delivers what is due now; returns how many messages were attempted. */
  public int dispatchDue() {
    if (stopping || !pass.tryLock()) {
      nudged.set(false);
      return 0;
    }
    try {
      nudged.set(false);
      lastPassStartedAt = clock.instant();
      SmsProvider provider = selectedProvider();
      int attempted = 0;
      Optional<OutgoingSms> next;
      while (!stopping
          && (next = outbox.claimNext(clock.instant(), settings.lease())).isPresent()) {
        deliver(provider, next.get());
        attempted++;
      }
      return attempted;
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "SMS dispatch pass failed; the next one will retry", unexpected);
      return 0;
    } finally {
      pass.unlock();
    }
  }

  private void deliver(SmsProvider provider, OutgoingSms message) {
    long started = System.nanoTime();
    try {
      String providerId = provider.deliver(message);
      deliveries.fire(
          new SmsDeliveryAttempt(
              provider.name(), true, Duration.ofNanos(System.nanoTime() - started), false));
      outbox.delivered(message.id(), provider.name(), providerId, clock.instant());
    } catch (SmsDeliveryException failed) {
      SmsDeliveryException failure = failed.masked();
      int attempts = outbox.find(message.id()).attempts();
      Instant now = clock.instant();
      deliveries.fire(
          new SmsDeliveryAttempt(
              provider.name(),
              false,
              Duration.ofNanos(System.nanoTime() - started),
              failure.isRetryable()));
      outbox.attemptFailed(
          message.id(), provider.name(), failure, settings.retryDelay(attempts), now);
      LOG.warning(
          () ->
              "SMS "
                  + message.id()
                  + " to "
                  + message.to().masked()
                  + " not delivered by "
                  + provider.name()
                  + " (attempt "
                  + attempts
                  + "): "
                  + failure.getMessage());
    }
  }

  private SmsProvider selectedProvider() {
    String name = settings.provider();
    for (SmsProvider provider : providers) {
      if (provider.name().equals(name)) {
        return provider;
      }
    }
    throw new IllegalStateException("unknown phonebind.sms.provider: " + name);
  }

  /** Lets the pass in flight finish its provider calls and record them before shutdown. */
  @PreDestroy
  public void finishInFlight() {
    stopping = true;
    try {
      if (pass.tryLock(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
        pass.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
