package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The rows of {@link SignInGuard}: a guess's place under the caps, taken under the locks of its
 * keys, and what becomes of it; each in a short transaction of its own.
 */
@Dependent
class GuessPlaces {

  private static final String ACCOUNT_LOCK = "signin-account:";
  private static final String IP_LOCK = "signin-ip:";

  /** A check not ended by then was cut off with its server; it counts as a failure. */
  private static final Duration STALE = Duration.ofMinutes(1);

  @PersistenceContext EntityManager entityManager;

  @Inject LimitLocks locks;

  @Inject Transactions transactions;

  @Inject LimitSettings settings;

  /** Makes sure the keys' lock rows exist before any is locked. */
  void prepare(String accountKey, String network) {
    locks.prepare(ACCOUNT_LOCK + accountKey, IP_LOCK + network);
  }

  /**
   * A place for one check, or empty while checks in flight take the room that failures left.
   *
   * @throws TooManyRequestsException when failures that happened fill either cap
   */
  OptionalLong take(String accountKey, String network, Instant now) {
    return transactions.callAlone(() -> takeUnderLocks(accountKey, network, now));
  }

  private OptionalLong takeUnderLocks(String accountKey, String network, Instant now) {
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
  void failed(long place) {
    transactions.runAlone(
        () ->
            entityManager
                .createNamedQuery(SignInFailure.FAILED)
                .setParameter("id", place)
                .executeUpdate());
  }

  /** The place's check guessed nothing wrong: it never counts. */
  void forget(long place) {
    transactions.runAlone(
        () -> {
          SignInFailure check = entityManager.find(SignInFailure.class, place);
          if (check != null) {
            entityManager.remove(check);
          }
        });
  }

  /**
   * After a right guess the account key starts afresh (checks of other guesses still in flight keep
   * their places); the client network's other failures stay counted.
   */
  void forgetFailures(String accountKey, long place) {
    transactions.runAlone(
        () ->
            entityManager
                .createNamedQuery(SignInFailure.FORGET_ACCOUNT)
                .setParameter("key", accountKey)
                .setParameter("id", place)
                .executeUpdate());
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
