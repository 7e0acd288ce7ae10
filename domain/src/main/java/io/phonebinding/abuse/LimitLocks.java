package io.phonebinding.abuse;

import io.phonebinding.transaction.Transactions;
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
 * counts, so concurrent requests for one key, on any server, count one after another. Callers lock
 * keys in one order (phone, then IP, then account) so that no two transactions wait on each other.
 */
@ApplicationScoped
public class LimitLocks {

  @PersistenceContext EntityManager entityManager;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Makes sure the keys' rows exist, each created in a short transaction of its own. Called before
   * any of them is locked, so that a lock is held only for the counting, never while another row is
   * being created: under a storm the queue on one key moves at the pace of a count.
   */
  public void prepare(String... keys) {
    for (String key : keys) {
      if (entityManager.find(LimitLock.class, key) == null) {
        try {
          transactions.runAlone(() -> create(key));
        } catch (RuntimeException createdMeanwhile) {
          // Another request created it between our look and our insert: it exists either way.
        }
      }
    }
  }

  /** Locks the key's row until the caller's transaction ends (creating it if it is missing). */
  @Transactional(TxType.MANDATORY)
  public void lock(String key) {
    if (entityManager.find(LimitLock.class, key, LockModeType.PESSIMISTIC_WRITE) == null) {
      // Purged since it was prepared: made again, then locked.
      prepare(key);
      entityManager.find(LimitLock.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
  }

  private void create(String key) {
    entityManager.persist(new LimitLock(key, clock.instant()));
    entityManager.flush();
  }
}
