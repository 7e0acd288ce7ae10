package io.phonebinding.abuse;

import java.time.Duration;

/**
 * When a block of numbers looks pumped: at least {@code sendsPerHour} codes sent to it this clock
 * hour and the last with under {@code minUsedPercent} of them used; it is then blocked for {@code
 * blockFor}.
 */
public record RangeRule(int sendsPerHour, int minUsedPercent, Duration blockFor) {

  boolean looksPumped(long sends, long used) {
    return sends >= sendsPerHour && used * 100 < sends * minUsedPercent;
  }

  /** The same rule with another threshold: what a country in a surge of traffic is held to. */
  RangeRule withSendsPerHour(int stricter) {
    return new RangeRule(stricter, minUsedPercent, blockFor);
  }
}
