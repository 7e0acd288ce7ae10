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

  private final DispatchPasses passes = new DispatchPasses(LOG);

  private volatile Instant lastPassStartedAt;

  /** When the last pass began; null before the first. For the liveness check. */
  public Instant lastPassStartedAt() {
    return lastPassStartedAt;
  }

  /** Asks for a pass as soon as possible, without waiting for it. */
  public void dispatchSoon() {
    passes.soon(executor, this::dispatchDue);
  }

  /** Delivers what is due now; returns how many attempts were made. */
  public int dispatchDue() {
    return passes.run(
        () -> lastPassStartedAt = clock.instant(),
        () -> {
          Optional<OutgoingSms> next = outbox.claimNext(clock.instant(), settings.lease());
          next.ifPresent(this::deliver);
          return next.isPresent();
        });
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
    passes.finish(settings.lease());
  }
}
