package io.phonebinding.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the outbox is delivered: which provider, how often, how patiently. */
@ApplicationScoped
public class SmsDeliverySettings {

  @Inject
  @ConfigProperty(name = "phonebind.sms.provider", defaultValue = "dev")
  String provider;

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

  /** {@code dev}, {@code twilio}, {@code aliyun} or {@code webhook}. */
  public String provider() {
    return provider.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The development provider delivers nothing; only it keeps texts readable at /api/dev/sms. */
  public boolean isDevelopmentProvider() {
    return "dev".equals(provider());
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
