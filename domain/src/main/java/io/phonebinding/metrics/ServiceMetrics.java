package io.phonebinding.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The service's own metrics, through WildFly's Micrometer registry (exported at the management
 * port's {@code /metrics}): codes sent, binding changes, refusals by apiCode, rate-limit
 * refusals, SMS deliveries with their total time, and retries.
 */
@ApplicationScoped
public class ServiceMetrics {

  @Inject MeterRegistry registry;

  public void codeSent(String channel) {
    registry.counter("phonebind.codes.sent", "channel", channel).increment();
  }

  /** A bind, change or unbind; {@code outcome} is success or refused. */
  public void bindingChange(String action, String outcome) {
    registry.counter("phonebind.binding.changes", "action", action, "outcome", outcome).increment();
  }

  /** Every refused request, by its apiCode; limits are counted once more on their own. */
  public void refused(ErrorKind kind) {
    registry.counter("phonebind.refusals", "apiCode", String.valueOf(kind.apiCode()), "kind", kind.name()).increment();
    if (kind.statusCode() == 429) {
      registry.counter("phonebind.rate.limited", "kind", kind.name()).increment();
    }
  }

  /** One provider call, successful or not, and how long it took. */
  public void smsDelivery(String provider, String outcome, Duration took) {
    deliveryTimer(provider, outcome).record(took);
  }

  public void smsRetryScheduled(String provider) {
    retries(provider).increment();
  }

  /**
   * Registers the delivery meters of a provider. Called at startup: WildFly ties a meter to the
   * deployment it was registered from, which the dispatcher's executor threads do not tell it.
   */
  public void registerDeliveryMeters(String provider) {
    deliveryTimer(provider, "sent");
    deliveryTimer(provider, "failed");
    retries(provider);
  }

  /**
   * Deliveries are counted, and their time summed, in two counters (mean latency is their
   * quotient): WildFly's Prometheus registry exports counters but not Micrometer timers.
   */
  private DeliveryMeters deliveryTimer(String provider, String outcome) {
    return new DeliveryMeters(
        registry.counter("phonebind.sms.deliveries", "provider", provider, "outcome", outcome),
        registry.counter("phonebind.sms.delivery.seconds", "provider", provider, "outcome", outcome));
  }

  private record DeliveryMeters(
      io.micrometer.core.instrument.Counter count, io.micrometer.core.instrument.Counter seconds) {
    void record(Duration took) {
      count.increment();
      seconds.increment(took.toNanos() / 1e9);
    }
  }

  private io.micrometer.core.instrument.Counter retries(String provider) {
    return registry.counter("phonebind.sms.retries", "provider", provider);
  }
}
