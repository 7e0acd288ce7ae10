package io.phonebinding.sms;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
 * Delivers the outbox: claims due messages, hands each attempt to its provider (the next of the
 * chain of the number's region), and records the provider's id, or the failure and what comes next
 * (another provider, or a retry with exponential backoff, until the give-up time). Runs on a
 * schedule and right after each commit that queued a message. On shutdown it finishes the attempts
 * in flight, so a restart neither loses nor repeats a message.
 */
@ApplicationScoped
public class SmsDispatcher {

  private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());

  @Inject OutboxStore outbox;

  @Inject SmsDeliverySettings settings;

  @Inject SmsProviders providers;

  @Inject ProviderBreaker breaker;

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

  /** Delivers what is due now; returns how many attempts were made. */
  public int dispatchDue() {
    if (stopping || !pass.tryLock()) {
      nudged.set(false);
      return 0;
    }
    try {
      nudged.set(false);
      lastPassStartedAt = clock.instant();
      int attempted = 0;
      Optional<OutgoingSms> next;
      while (!stopping
          && (next = outbox.claimNext(clock.instant(), settings.lease())).isPresent()) {
        deliver(next.get());
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

  private void deliver(OutgoingSms message) {
    SmsProvider provider = providers.ofType(settings.routes().typeOf(message.provider()));
    long started = System.nanoTime();
    try {
      String providerId = provider.deliver(message);
      deliveries.fire(
          new SmsDeliveryAttempt(
              message.provider(), true, Duration.ofNanos(System.nanoTime() - started), false));
      boolean receipts = provider.reportsReceipts(message.provider());
      if (!receipts) {
        breaker.succeeded(message.provider());
      }
      outbox.accepted(
          message,
          providerId,
          receipts ? settings.receiptTimeout() : null,
          provider.keepsWhatItDelivered(),
          clock.instant());
    } catch (SmsDeliveryException failed) {
      SmsDeliveryException failure = failed.masked();
      int attempts = outbox.attemptsOf(message.id());
      if (failure.failure() != SmsDeliveryException.Failure.NUMBER_REFUSED) {
        breaker.failed(message.provider());
      }
      deliveries.fire(
          new SmsDeliveryAttempt(
              message.provider(),
              false,
              Duration.ofNanos(System.nanoTime() - started),
              failure.failure() != SmsDeliveryException.Failure.NUMBER_REFUSED));
      outbox.attemptFailed(message, failure, settings.retryDelay(attempts), clock.instant());
      LOG.warning(
          () ->
              "SMS "
                  + message.id()
                  + " to "
                  + message.to().masked()
                  + " not delivered by "
                  + message.provider()
                  + " (attempt "
                  + attempts
                  + "): "
                  + failure.getMessage());
    }
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
