package io.phonebinding.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules against SMS pumping, from MicroProfile Config ({@code phonebind.abuse.*}): when a block
 * of 1,000 numbers is blocked, and what a country well above its usual volume is held to.
 */
@ApplicationScoped
public class RangeSettings {

  /** What a country in a surge of traffic is held to. */
  public enum SurgeAction {
    /** Nothing more than usual. */
    OFF,
    /** Its blocks of numbers are blocked after fewer sends. */
    STRICT,
    /** No code is sent to it until its volume is back to usual. */
    REFUSE
  }

  @Inject
  @ConfigProperty(name = "phonebind.abuse.range.sends-per-hour", defaultValue = "10")
  int sendsPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.range.min-used-percent", defaultValue = "20")
  int minUsedPercent;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.range.block-hours", defaultValue = "12")
  long blockHours;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.country-surge.action", defaultValue = "strict")
  String surgeAction;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.country-surge.factor", defaultValue = "5")
  double surgeFactor;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.country-surge.min-sends", defaultValue = "100")
  int surgeMinSends;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.country-surge.strict-sends-per-hour", defaultValue = "3")
  int strictSendsPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.abuse.country-surge.sync-seconds", defaultValue = "10")
  long syncSeconds;

  public RangeRule rule() {
    return new RangeRule(
        Math.max(1, sendsPerHour), minUsedPercent, Duration.ofHours(Math.max(1, blockHours)));
  }

  /**
   * @throws IllegalStateException for a value that is none of off, strict and refuse
   */
  public SurgeAction surgeAction() {
    try {
      return SurgeAction.valueOf(surgeAction.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalStateException(
          "PHONEBIND_ABUSE_COUNTRY_SURGE_ACTION is '"
              + surgeAction
              + "'; allowed values: off, strict, refuse",
          unknown);
    }
  }

  double surgeFactor() {
    return surgeFactor;
  }

  int surgeMinSends() {
    return surgeMinSends;
  }

  int strictSendsPerHour() {
    return Math.max(1, strictSendsPerHour);
  }

  /** How often each server adds its counts to its countries' and reads theirs. */
  Duration syncInterval() {
    return Duration.ofSeconds(Math.max(1, syncSeconds));
  }
}
