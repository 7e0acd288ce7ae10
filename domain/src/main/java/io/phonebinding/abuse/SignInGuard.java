package io.phonebinding.abuse;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.ClientNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
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

  private static final String ACCOUNT_LOCK = "signin-account:";
  private static final String IP_LOCK = "signin-ip:";

  /** A check not ended by then was cut off with its server; it counts as a failure. */
  private static final Duration STALE = Duration.ofMinutes(1);

  /** How long a guess waits for the checks in flight before it is answered as busy. */
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

  private static final long WAIT_STEP_MILLIS = 20;

  @PersistenceContext EntityManager entityManager;

  @Inject LimitLocks locks;

  @Inject SignInGuard self;

  @Inject LimitSettings settings;

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
        self.failed(place);
      } else {
        self.forget(place);
      }
      throw refused;
    } catch (RuntimeException fault) {
      self.forget(place);
      throw fault;
    }
    self.forgetFailures(accountKey, place);
    return outcome;
  }

  private long takePlace(String accountKey, String network) {
    locks.prepare(ACCOUNT_LOCK + accountKey, IP_LOCK + network);
    Instant deadline = clock.instant().plus(LONGEST_WAIT);
    while (true) {
      OptionalLong place = self.takePlaceUnderLocks(accountKey, network, clock.instant());
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

  /**
   * A place for one check, or empty while checks in flight take the room that failures left.
   *
   * @throws TooManyRequestsException when failures that happened fill either cap
   */
  @Transactional(TxType.REQUIRES_NEW)
  public OptionalLong takePlaceUnderLocks(String accountKey, String network, Instant now) {
    SignInLimits limits = settings.signInLimits();
    locks.lock(ACCOUNT_LOCK + accountKey);
    locks.lock(IP_LOCK + network);
    Counts account = counts(SignInFailure.BY_ACCOUNT, accountKey, limits, now);
    Counts ip = counts(SignInFailure.BY_IP, network, limits, now);
    account.failures().refuseIfFull(limits.perAccount(), ErrorKind.SIGNIN_TOO_MANY_FAILURES, now);
    ip.failures().refuseIfFull(limits.perIp(), ErrorKind.SIGNIN_TOO_MANY_FAILURES, now);
    if (account.taken() >= limits.perAccount() || ip.taken() >= limits.perIp()) {
      return OptionalLong.empty();
    }
    SignInFailure check = SignInFailure.inFlight(accountKey, network, now);
    entityManager.persist(check);
    return OptionalLong.of(check.id());
  }

  /** The check of this place failed: it counts from now on. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long place) {
    entityManager.createNamedQuery(SignInFailure.FAILED).setParameter("id", place).executeUpdate();
  }

  /** The place's check guessed nothing wrong: it never counts. */
  @Transactional(TxType.REQUIRES_NEW)
  public void forget(long place) {
    SignInFailure check = entityManager.find(SignInFailure.class, place);
    if (check != null) {
      entityManager.remove(check);
    }
  }

  /**
   * After a right guess the account key starts afresh (checks of other guesses still in flight keep
   * their places); the client network's other failures stay counted.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void forgetFailures(String accountKey, long place) {
    entityManager
        .createNamedQuery(SignInFailure.FORGET_ACCOUNT)
        .setParameter("key", accountKey)
        .setParameter("id", place)
        .executeUpdate();
  }

  /** One key's failures in the window, and its checks in flight. */
  private record Counts(SlidingWindow failures, long inFlight) {

    /** Places under the cap that failures and checks in flight take. */
    long taken() {
      return failures.count() + inFlight;
    }
  }

  private Counts counts(String query, String key, SignInLimits limits, Instant now) {
    Object[] row =
        entityManager
            .createNamedQuery(query, Object[].class)
            .setParameter("key", key)
            .setParameter("since", now.minus(limits.window()))
            .setParameter("stale", now.minus(STALE))
            .getSingleResult();
    return new Counts(
        new SlidingWindow(count(row[0]), (Instant) row[1], limits.window()), count(row[2]));
  }

  private static long count(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
