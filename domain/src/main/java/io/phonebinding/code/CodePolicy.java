package io.phonebinding.code;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules one-time codes follow: how many digits, how long they live, how many wrong tries kill
 * them and how long a phone waits before another code on the same channel.
 */
public record CodePolicy(
    int length, Duration timeToLive, int maxAttempts, Duration resendInterval) {

  public CodePolicy {
    if (length < 4 || length > 10) {
      throw new IllegalArgumentException("code length must be between 4 and 10: " + length);
    }
    Objects.requireNonNull(timeToLive);
    Objects.requireNonNull(resendInterval);
    if (timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("code time to live must be positive");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1");
    }
    if (resendInterval.isNegative()) {
      throw new IllegalArgumentException("resend interval must not be negative");
    }
  }
}
