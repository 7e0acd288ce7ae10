package io.phonebinding.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long spent data is kept before the purge deletes it (ISO-8601 durations, e.g. P7D). */
@ApplicationScoped
public class RetentionSettings {

  @Inject
  @ConfigProperty(name = "phonebind.purge.interval", defaultValue = "PT1H")
  Duration interval;

  @Inject
  @ConfigProperty(name = "phonebind.purge.codes-after", defaultValue = "P1D")
  Duration codesAfter;

  @Inject
  @ConfigProperty(name = "phonebind.purge.outbox-after", defaultValue = "P7D")
  Duration outboxAfter;

  @Inject
  @ConfigProperty(name = "phonebind.purge.logs-after", defaultValue = "P2D")
  Duration logsAfter;

  /** How often the purge runs. */
  public Duration interval() {
    return interval;
  }

  /** Expired codes and expired or redeemed phone change tokens, counted from their expiry. */
  public Duration codesAfter() {
    return codesAfter;
  }

  /** Delivered, failed and expired outbox messages (their texts hold codes), from creation. */
  public Duration outboxAfter() {
    return outboxAfter;
  }

  /**
   * The send log and sign-in failures, which only the limits read; kept at least as long as the
   * longest limit window (a day).
   */
  public Duration logsAfter() {
    return logsAfter.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : logsAfter;
  }
}
