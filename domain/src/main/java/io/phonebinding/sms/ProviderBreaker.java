package io.phonebinding.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A circuit breaker per provider instance: when most of its recent attempts failed (at least {@code
 * min-attempts} in the window, a share of failures of at least {@code failure-rate}), it is skipped
 * for {@code open-seconds}, then given messages again with a clean slate. An attempt counts when
 * its outcome is known: taken without receipts or delivered is a success; refused, unanswered,
 * undelivered or without a receipt in time is a failure. Kept in memory: each server judges by what
 * it saw itself.
 */
@ApplicationScoped
public class ProviderBreaker {

  @Inject SmsDeliverySettings settings;

  @Inject Clock clock;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public void succeeded(String provider) {
    window(provider).record(clock.instant(), true);
  }

  public void failed(String provider) {
    window(provider).record(clock.instant(), false);
  }

  /** Whether the provider is skipped now. */
  public boolean isOpen(String provider) {
    Window window = windows.get(provider);
    return window != null && window.isOpen(clock.instant());
  }

  /** The providers skipped now, by name. */
  public List<String> openProviders() {
    Instant now = clock.instant();
    TreeSet<String> open = new TreeSet<>();
    windows.forEach(
        (provider, window) -> {
          if (window.isOpen(now)) {
            open.add(provider);
          }
        });
    return List.copyOf(open);
  }

  /**
   * The provider of the chain the next attempt goes to: the one at {@code position}, or, when it is
   * skipped, the next one around the chain that is not; the one at the position when all are.
   */
  public String choose(List<String> chain, int position) {
    for (int step = 0; step < chain.size(); step++) {
      String candidate = chain.get((position + step) % chain.size());
      if (!isOpen(candidate)) {
        return candidate;
      }
    }
    return chain.get(position % chain.size());
  }

  private Window window(String provider) {
    return windows.computeIfAbsent(provider, unused -> new Window(settings.breaker()));
  }

  /** One provider's recent outcomes, and until when it is skipped. */
  private static final class Window {

    private final BreakerSettings limits;
    private final Deque<Outcome> outcomes = new ArrayDeque<>();
    private Instant openUntil;

    Window(BreakerSettings limits) {
      this.limits = limits;
    }

    synchronized void record(Instant now, boolean success) {
      if (openUntil != null && !now.isBefore(openUntil)) {
        openUntil = null;
        outcomes.clear();
      }
      outcomes.addLast(new Outcome(now, success));
      Instant since = now.minus(limits.window());
      while (!outcomes.isEmpty() && outcomes.peekFirst().at().isBefore(since)) {
        outcomes.removeFirst();
      }
      long failures = outcomes.stream().filter(outcome -> !outcome.success()).count();
      if (openUntil == null
          && outcomes.size() >= limits.minAttempts()
          && failures >= limits.failureRate() * outcomes.size()) {
        openUntil = now.plus(limits.openFor());
      }
    }

    synchronized boolean isOpen(Instant now) {
      return openUntil != null && now.isBefore(openUntil);
    }
  }

  private record Outcome(Instant at, boolean success) {}

  /** When a provider is skipped, and for how long. */
  public record BreakerSettings(
      Duration window, int minAttempts, double failureRate, Duration openFor) {}
}
