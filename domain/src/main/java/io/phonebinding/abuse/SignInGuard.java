package io.phonebinding.abuse;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.ClientNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Brute-force limits on guesses: passwords, sign-in codes and reset codes, counted per account key
 * and per client network within a sliding window. Each guess first takes a place under both caps,
 * under the locks of its keys, in a short transaction of its own: so however many arrive at once,
 * no more reach the check than the caps have room for. Only failures that happened refuse a guess
 * (with the real wait until the oldest leaves the window); while the caps' room is taken by checks
 * still in flight, a guess waits for them, since any of them may turn out right, and a right
 * password must never be refused for the failures others only might have.
 *
 * <p>The account key is chosen by the caller: one per existing account, whichever identifier was
 * used; for an identifier no account has, the identifier's own, so the refusal tells nothing about
 * who is registered.
 */
@ApplicationScoped
public class SignInGuard {

  /** How long a guess waits for the checks in flight before it is answered as busy. */
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

  private static final long WAIT_STEP_MILLIS = 20;

  @Inject GuessPlaces places;

  @Inject Clock clock;

  /**
   * Runs one guess under the limits. A right guess forgets the account key's failures; a wrong one
   * (as {@code isWrongGuess} tells) stays counted; any other outcome (a refusal for load, a right
   * code for a phone no account has) is taken back, since nothing was guessed wrong.
   *
   * @throws TooManyRequestsException with {@code SIGNIN_TOO_MANY_FAILURES} when the account key or
   *     the client network failed too often, or {@code PASSWORD_CHECKS_BUSY} when checks in flight
   *     kept the place taken for too long
   */
  public <T> T check(
      String accountKey,
      String clientIp,
      Supplier<T> guess,
      Predicate<BusinessException> isWrongGuess) {
    String network = ClientNetwork.of(clientIp);
    long place = takePlace(accountKey, network);
    T outcome;
    try {
      outcome = guess.get();
    } catch (BusinessException refused) {
      if (isWrongGuess.test(refused)) {
        places.failed(place);
      } else {
        places.forget(place);
      }
      throw refused;
    } catch (RuntimeException fault) {
      places.forget(place);
      throw fault;
    }
    places.forgetFailures(accountKey, place);
    return outcome;
  }

  private long takePlace(String accountKey, String network) {
    places.prepare(accountKey, network);
    Instant deadline = clock.instant().plus(LONGEST_WAIT);
    while (true) {
      OptionalLong place = places.take(accountKey, network, clock.instant());
      if (place.isPresent()) {
        return place.getAsLong();
      }
      if (clock.instant().isAfter(deadline)) {
        throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
      }
      try {
        Thread.sleep(WAIT_STEP_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
      }
    }
  }
}
