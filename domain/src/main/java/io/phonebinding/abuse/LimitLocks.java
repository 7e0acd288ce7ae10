package io.phonebinding.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/**
 * Makes "count, then admit" exact: the caller's transaction locks the row of each key before it
 * counts, so concurrent requests for one key, on any server, count one after another. Callers
 * lock keys in one order (phone, then IP, then account) so that no two transactions wait on
 * each other.
 */
@ApplicationScoped
public class LimitLocks {

  @PersistenceContext EntityManager entityManager;

  @Inject LimitLocks self;

  @Inject Clock clock;

  /** Locks the key's row until the caller's transaction ends, creating it on first use. */
  @Transactional(TxType.MANDATORY)
  public void lock(String key) {
    if (entityManager.find(LimitLock.class, key, LockModeType.PESSIMISTIC_WRITE) != null) {
      return;
    }
    try {
      self.create(key);
    } catch (RuntimeException createdMeanwhile) {
      // Another request created it between our look and our insert; it exists now either way.
    }
    entityManager.find(LimitLock.class, key, LockModeType.PESSIMISTIC_WRITE);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void create(String key) {
    entityManager.persist(new LimitLock(key, clock.instant()));
    entityManager.flush();
  }
}
