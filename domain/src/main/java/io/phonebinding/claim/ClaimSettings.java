package io.phonebinding.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of claims on recycled numbers, from MicroProfile Config: how long a number must have
 * gone unproven by its account before its new holder may claim it, and how long a claim waits.
 */
@ApplicationScoped
public class ClaimSettings {

  /** Carriers give numbers out again after as little as 45 days: a claim never comes sooner. */
  static final long SHORTEST_DORMANCY_DAYS = 45;

  @Inject
  @ConfigProperty(name = "phonebind.claim.dormancy-days", defaultValue = "90")
  long dormancyDays;

  @Inject
  @ConfigProperty(name = "phonebind.claim.delay-hours", defaultValue = "168")
  long delayHours;

  /** How long a number must have gone unproven; never under 45 days, whatever is set. */
  public Duration dormancy() {
    return Duration.ofDays(Math.max(SHORTEST_DORMANCY_DAYS, dormancyDays));
  }

  /** How long a claim waits before the number moves. */
  public Duration delay() {
    return Duration.ofHours(Math.max(0, delayHours));
  }
}
