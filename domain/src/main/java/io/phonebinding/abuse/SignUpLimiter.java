package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.ClientNetwork;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/** Sign-ups per client IP and hour: an account factory is refused before it costs a hash. */
@ApplicationScoped
public class SignUpLimiter {

  private static final Duration HOUR = Duration.ofHours(1);

  @PersistenceContext EntityManager entityManager;

  @Inject LimitLocks locks;

  @Inject Transactions transactions;

  @Inject LimitSettings settings;

  /**
   * Counts one sign-up from the address, or refuses it.
   *
   * @return the id of the counted attempt, to {@link #cancel} if the sign-up never happens
   * @throws TooManyRequestsException with the seconds until the hour has room again
   */
  public long admit(String clientIp, Instant now) {
    String network = ClientNetwork.of(clientIp);
    locks.prepare("signup-ip:" + network);
    return transactions.callAlone(() -> admitUnderLock(network, now));
  }

  private long admitUnderLock(String network, Instant now) {
    locks.lock("signup-ip:" + network);
    SlidingWindow.of(entityManager, SignUpAttempt.WINDOW_BY_IP, network, HOUR, now)
        .refuseIfFull(settings.signUpsPerIpPerHour(), ErrorKind.SIGNUP_IP_LIMIT, now);
    SignUpAttempt attempt = new SignUpAttempt(network, now);
    entityManager.persist(attempt);
    return attempt.id();
  }

  /** Takes back an attempt the server was too busy to carry out: load is not the client's use. */
  public void cancel(long attemptId) {
    transactions.runAlone(
        () -> {
          SignUpAttempt attempt = entityManager.find(SignUpAttempt.class, attemptId);
          if (attempt != null) {
            entityManager.remove(attempt);
          }
        });
  }
}
