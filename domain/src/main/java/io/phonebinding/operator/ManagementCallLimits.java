package io.phonebinding.operator;

import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many management calls one access key may make per minute on this server: a runaway script is
 * stopped before it loads the database. Counted in memory, per clock minute.
 */
@ApplicationScoped
public class ManagementCallLimits {

  @Inject OperatorSettings settings;

  @Inject Clock clock;

  private final ConcurrentMap<String, Minute> minutes = new ConcurrentHashMap<>();

  /**
   * @throws TooManyRequestsException with {@code MANAGEMENT_CALLS_LIMIT} past the key's calls
   */
  public void admit(Operator operator) {
    long now = clock.millis();
    long minute = now / 60_000;
    Minute counted =
        minutes.compute(
            operator.keyId(),
            (key, last) ->
                last == null || last.minute() != minute
                    ? new Minute(minute, 1)
                    : new Minute(minute, last.calls() + 1));
    if (counted.calls() > settings.callsPerMinute()) {
      long secondsLeft = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
      throw new TooManyRequestsException(ErrorKind.MANAGEMENT_CALLS_LIMIT, secondsLeft);
    }
  }

  private record Minute(long minute, int calls) {}
}
