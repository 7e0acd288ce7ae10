package io.phonebinding.abuse;

import io.phonebinding.config.Settings;
import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Password brute-force limits: too many failures for one account, or from one client IP, within
 * the window and further tries are refused before the password is even checked. Runs in the
 * sign-in transaction, which commits on a refused password so the failure is kept.
 */
@ApplicationScoped
public class SignInGuard {

  @PersistenceContext EntityManager entityManager;

  @Inject Settings settings;

  /**
   * @throws TooManyRequestsException when the account or the IP has used up its failures
   */
  public void checkAllowed(String accountKey, String clientIp, Instant now) {
    SignInLimits limits = settings.signInLimits();
    refuseIfFull(SignInFailure.WINDOW_BY_ACCOUNT, accountKey, limits.perAccount(), limits.window(), now);
    refuseIfFull(SignInFailure.WINDOW_BY_IP, clientIp, limits.perIp(), limits.window(), now);
  }

  public void recordFailure(String accountKey, String clientIp, Instant now) {
    entityManager.persist(new SignInFailure(accountKey, clientIp, now));
  }

  /** After a successful sign-in the account starts afresh; the IP's failures stay counted. */
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
