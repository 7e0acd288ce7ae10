package io.phonebinding.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the outbox is delivered: which provider, how often, how patiently. */
@ApplicationScoped
public class SmsDeliverySettings {

  @Inject
  @ConfigProperty(name = "phonebind.sms.provider", defaultValue = "dev")
  String provider;

  @Inject
  @ConfigProperty(name = "phonebind.sms.providers")
  Optional<String> providers;

  @Inject
  @ConfigProperty(name = "phonebind.sms.routes")
  Optional<String> routes;

  @Inject
  @ConfigProperty(name = "phonebind.sms.receipt-timeout-seconds", defaultValue = "45")
  long receiptTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.sms.max-accepted-attempts", defaultValue = "3")
  int maxAcceptedAttempts;

  @Inject
  @ConfigProperty(name = "phonebind.sms.breaker.window-seconds", defaultValue = "120")
  long breakerWindowSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.sms.breaker.min-attempts", defaultValue = "5")
  int breakerMinAttempts;

  @Inject
  @ConfigProperty(name = "phonebind.sms.breaker.failure-rate", defaultValue = "0.5")
  double breakerFailureRate;

  @Inject
  @ConfigProperty(name = "phonebind.sms.breaker.open-seconds", defaultValue = "60")
  long breakerOpenSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.sms.dispatch-interval-ms", defaultValue = "1000")
  long dispatchIntervalMillis;

  @Inject
  @ConfigProperty(name = "phonebind.sms.http-timeout-ms", defaultValue = "10000")
  long httpTimeoutMillis;

  @Inject
  @ConfigProperty(name = "phonebind.sms.retry.initial-delay-ms", defaultValue = "1000")
  long retryInitialDelayMillis;

  @Inject
  @ConfigProperty(name = "phonebind.sms.retry.max-delay-ms", defaultValue = "60000")
  long retryMaxDelayMillis;

  @Inject
  @ConfigProperty(name = "phonebind.sms.give-up-after-seconds", defaultValue = "600")
  long giveUpAfterSeconds;

  private volatile ProviderRoutes parsedRoutes;

  /**
   * The providers and their chains per region, read once.
   *
   * @throws IllegalArgumentException for settings that do not parse: the start fails with it
   */
  public ProviderRoutes routes() {
    if (parsedRoutes == null) {
      parsedRoutes = ProviderRoutes.parse(providers.orElse(null), routes.orElse(null), provider);
    }
    return parsedRoutes;
  }

  /**
   * A route goes to the development provider, which delivers nothing; only it keeps texts readable
   * at /api/dev/sms.
   */
  public boolean isDevelopmentProvider() {
    return routes().usesDevelopmentProvider();
  }

  /** How long a provider that sends receipts has to report a message before the next is tried. */
  public Duration receiptTimeout() {
    return Duration.ofSeconds(receiptTimeoutSeconds);
  }

  /**
   * How many providers may accept one message (each may charge for it) before the group gives up on
   * receipts; submissions a provider refused or never answered do not count.
   */
  public int maxAcceptedAttempts() {
    return Math.max(1, maxAcceptedAttempts);
  }

  /** When a provider whose attempts mostly fail is skipped, and for how long. */
  public ProviderBreaker.BreakerSettings breaker() {
    return new ProviderBreaker.BreakerSettings(
        Duration.ofSeconds(breakerWindowSeconds),
        Math.max(1, breakerMinAttempts),
        breakerFailureRate,
        Duration.ofSeconds(breakerOpenSeconds));
  }

  public Duration dispatchInterval() {
    return Duration.ofMillis(Math.max(50, dispatchIntervalMillis));
  }

  public Duration httpTimeout() {
    return Duration.ofMillis(httpTimeoutMillis);
  }

  /**
   * A claim (of one message) outlives the longest provider call made under it, so a message is only
   * taken over by another dispatcher when its first one died.
   */
  public Duration lease() {
    return httpTimeout().multipliedBy(3).plusSeconds(5);
  }

  /** Exponential backoff: the initial delay, doubled per failed attempt, capped. */
  public Duration retryDelay(int failedAttempts) {
    long delay = retryInitialDelayMillis;
    for (int i = 1; i < failedAttempts && delay < retryMaxDelayMillis; i++) {
      delay *= 2;
    }
    return Duration.ofMillis(Math.min(delay, retryMaxDelayMillis));
  }

  public Duration giveUpAfter() {
    return Duration.ofSeconds(giveUpAfterSeconds);
  }
}
