package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.ClientNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;

/**
 * Password brute-force limits. Every attempt first reserves a failure, under the locks of its
 * account key and its client IP, in a short transaction of its own: past the limit of either the
 * attempt is refused before any password is hashed, however many arrive at once. A correct password
 * then takes the account's failures back.
 *
 * <p>The account key is the canonical identifier the client sent (E.164 phone, lower-cased e-mail,
 * normalised username), counted whether or not an account has it, so the refusal tells nothing
 * about who is registered.
 */
@ApplicationScoped
public class SignInGuard {

  private static final String ACCOUNT_LOCK = "signin-account:";
  private static final String IP_LOCK = "signin-ip:";

  @PersistenceContext EntityManager entityManager;

  @Inject LimitLocks locks;

  @Inject SignInGuard self;

  @Inject LimitSettings settings;

  /**
   * Counts one attempt as failed until {@link #forgetFailures} says otherwise, or the attempt is
   * {@link #cancel cancelled} because its password was never checked.
   *
   * @return the reservation's id
   * @throws TooManyRequestsException when the account key or the IP has used up its failures
   */
  public long reserveAttempt(String accountKey, String clientIp, Instant now) {
    String network = ClientNetwork.of(clientIp);
    locks.prepare(ACCOUNT_LOCK + accountKey, IP_LOCK + network);
    return self.reserveUnderLocks(accountKey, network, now);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public long reserveUnderLocks(String accountKey, String clientIp, Instant now) {
    SignInLimits limits = settings.signInLimits();
    locks.lock(ACCOUNT_LOCK + accountKey);
    locks.lock(IP_LOCK + clientIp);
    refuseIfFull(
        SignInFailure.WINDOW_BY_ACCOUNT, accountKey, limits.perAccount(), limits.window(), now);
    refuseIfFull(SignInFailure.WINDOW_BY_IP, clientIp, limits.perIp(), limits.window(), now);
    SignInFailure reservation = new SignInFailure(accountKey, clientIp, now);
    entityManager.persist(reservation);
    return reservation.id();
  }

  /**
   * Takes back one reservation whose password was never checked (the server was too busy to hash
   * it): a refusal for load must not count as a failed password.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void cancel(long reservationId) {
    SignInFailure reservation = entityManager.find(SignInFailure.class, reservationId);
    if (reservation != null) {
      entityManager.remove(reservation);
    }
  }

  /** After a successful sign-in the account starts afresh; the IP's other failures stay counted. */
  @Transactional(TxType.REQUIRES_NEW)
  public void forgetFailures(String accountKey) {
    entityManager
        .createNamedQuery(SignInFailure.FORGET_ACCOUNT)
        .setParameter("key", accountKey)
        .executeUpdate();
  }

  private void refuseIfFull(String query, String key, int cap, Duration window, Instant now) {
    SlidingWindow.of(entityManager, query, key, window, now)
        .refuseIfFull(cap, ErrorKind.SIGNIN_TOO_MANY_FAILURES, now);
  }
}
