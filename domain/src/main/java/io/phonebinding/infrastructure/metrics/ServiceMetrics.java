package io.phonebinding.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.phonebinding.abuse.CountrySurge;
import io.phonebinding.abuse.RangeBlocked;
import io.phonebinding.binding.BindingAttempt;
import io.phonebinding.code.CodeSent;
import io.phonebinding.code.CodeUsed;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.RequestRefused;
import io.phonebinding.sms.AttemptOutcome;
import io.phonebinding.sms.OutboxStore;
import io.phonebinding.sms.SmsDeliveryAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's own metrics, through WildFly's Micrometer registry (exported at the management
 * port's {@code /metrics}): codes sent, binding changes, refusals by apiCode, rate-limit refusals,
 * SMS deliveries with their total time, retries, and blocks of numbers blocked as pumped.
 */
@ApplicationScoped
public class ServiceMetrics {

  private static final String OTHER_COUNTRY = "other";
  private static final List<String> OUTCOMES =
      List.of("accepted", "failed", "delivered", "undelivered", "no_receipt");

  @Inject MeterRegistry registry;

  @Inject OutboxStore outbox;

  /** The countries the funnel names; the rest count as {@code other}. */
  private final Set<String> countries = ConcurrentHashMap.newKeySet();

  /**
   * Counters once looked up: WildFly's registry finds a meter by scanning all of them, which was a
   * tenth of an SMS delivery's cost.
   */
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

  void codeSent(@Observes CodeSent sent) {
    counter("phonebind.codes.sent", "channel", sent.channel().name()).increment();
  }

  /** A block of numbers blocked as pumped: what an operator alerts on. */
  void rangeBlocked(@Observes(during = TransactionPhase.AFTER_SUCCESS) RangeBlocked blocked) {
    rangesBlocked(countryLabel(blocked.range().region())).increment();
  }

  /** A country's SMS volume went well above its usual, as one server read it. */
  void countrySurge(@Observes CountrySurge surge) {
    countrySurges(countryLabel(surge.region())).increment();
  }

  private Counter rangesBlocked(String country) {
    return counter("phonebind.sms.ranges.blocked", "country", country);
  }

  private Counter countrySurges(String country) {
    return counter("phonebind.sms.country.surges", "country", country);
  }

  /** A bind, change or unbind; its outcome is success, refused or paused. */
  void bindingAttempt(@Observes BindingAttempt attempt) {
    counter("phonebind.binding.changes", "action", attempt.action(), "outcome", attempt.outcome())
        .increment();
  }

  /** Every refused request, by its apiCode; limits are counted once more on their own. */
  void refused(@Observes RequestRefused refused) {
    ErrorKind kind = refused.kind();
    counter("phonebind.refusals", "apiCode", String.valueOf(kind.apiCode()), "kind", kind.name())
        .increment();
    if (kind.statusCode() == 429) {
      counter("phonebind.rate.limited", "kind", kind.name()).increment();
    }
  }

  /** One provider call, successful or not, how long it took, and whether it will be retried. */
  void smsDelivery(@Observes SmsDeliveryAttempt attempt) {
    deliveryTimer(attempt.provider(), attempt.delivered() ? "sent" : "failed")
        .record(attempt.took());
    if (attempt.retryScheduled()) {
      retries(attempt.provider()).increment();
    }
  }

  /**
   * The funnel of one provider's attempts: by outcome (accepted, failed, delivered, undelivered,
   * no_receipt), with the time from acceptance to receipt, per country (the number's region, or
   * {@code other} beyond the regions registered at start).
   */
  void attemptOutcome(@Observes AttemptOutcome outcome) {
    String country = countryLabel(outcome.region());
    counter(
            "phonebind.sms.attempts",
            "provider",
            outcome.provider(),
            "country",
            country,
            "outcome",
            outcome.outcome())
        .increment();
    if (outcome.untilReceipt() != null) {
      counter("phonebind.sms.receipts", "provider", outcome.provider(), "country", country)
          .increment();
      counter("phonebind.sms.receipt.seconds", "provider", outcome.provider(), "country", country)
          .increment(outcome.untilReceipt().toNanos() / 1e9);
    }
    if (outcome.firstForCode()) {
      codes(outcome.provider(), country, "handed_over").increment();
    }
  }

  /**
   * A code used: it reached its phone, through the provider that last accepted its message, looked
   * up in the transaction that spends the code.
   */
  void codeUsed(@Observes CodeUsed used) {
    outbox
        .lastAcceptingProviderOf(used.phone(), used.channel().name())
        .ifPresent(
            provider ->
                codes(provider, countryLabel(used.phone().regionCode()), "used").increment());
  }

  private Counter codes(String provider, String country, String state) {
    return counter("phonebind.sms.codes", "provider", provider, "country", country, "state", state);
  }

  private String countryLabel(String region) {
    return countries.contains(region) ? region : OTHER_COUNTRY;
  }

  /**
   * Registers the funnel's meters for every provider and country at startup (see {@link
   * #registerDeliveryMeters}): the countries SMS may go to and those routes name, and {@code
   * other}.
   */
  public void registerFunnelMeters(Collection<String> providers, Collection<String> regions) {
    countries.addAll(regions);
    List<String> labels = new ArrayList<>(countries);
    labels.add(OTHER_COUNTRY);
    for (String provider : providers) {
      for (String country : labels) {
        for (String outcome : OUTCOMES) {
          counter(
              "phonebind.sms.attempts",
              "provider",
              provider,
              "country",
              country,
              "outcome",
              outcome);
        }
        counter("phonebind.sms.receipts", "provider", provider, "country", country);
        counter("phonebind.sms.receipt.seconds", "provider", provider, "country", country);
        codes(provider, country, "handed_over");
        codes(provider, country, "used");
      }
    }
    for (String country : labels) {
      rangesBlocked(country);
      countrySurges(country);
    }
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
        counter("phonebind.sms.deliveries", "provider", provider, "outcome", outcome),
        counter("phonebind.sms.delivery.seconds", "provider", provider, "outcome", outcome));
  }

  private record DeliveryMeters(Counter count, Counter seconds) {
    void record(Duration took) {
      count.increment();
      seconds.increment(took.toNanos() / 1e9);
    }
  }

  private Counter retries(String provider) {
    return counter("phonebind.sms.retries", "provider", provider);
  }

  private Counter counter(String name, String... tags) {
    List<String> key = new ArrayList<>(List.of(tags));
    key.add(0, name);
    return counters.computeIfAbsent(key, unused -> registry.counter(name, tags));
  }
}
