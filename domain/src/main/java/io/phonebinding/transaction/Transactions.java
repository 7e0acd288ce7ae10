package io.phonebinding.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Opens the transactions of the domain's workflows, so a workflow keeps its slow steps (hashes,
 * waits) outside them without calling itself through its own proxy. A {@link RecordedRefusal} ends
 * the work but commits what it wrote before (a wrong code's spent try); any other exception rolls
 * it back.
 */
@ApplicationScoped
public class Transactions {

  /** This bean through its proxy, so {@link #eachAlone} opens a transaction per id. */
  @Inject Transactions self;

  /** Runs the work in the caller's transaction, or in one of its own when there is none. */
  @Transactional(dontRollbackOn = RecordedRefusal.class)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  /** {@link #call} for work without a result. */
  @Transactional(dontRollbackOn = RecordedRefusal.class)
  public void run(Runnable work) {
    work.run();
  }

  /** Runs the work in a short transaction of its own, which commits before this returns. */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = RecordedRefusal.class)
  public <T> T callAlone(Supplier<T> work) {
    return work.get();
  }

  /**
   * Runs the work for each id in a short transaction of its own (each commits, or rolls back, by
   * itself), not in one of this call: a failure leaves the others done.
   *
   * @return for how many ids the work said it did something
   */
  public int eachAlone(List<Long> ids, LongPredicate work) {
    int done = 0;
    for (long id : ids) {
      if (self.callAlone(() -> work.test(id))) {
        done++;
      }
    }
    return done;
  }

  /** {@link #callAlone} for work without a result. */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = RecordedRefusal.class)
  public void runAlone(Runnable work) {
    work.run();
  }
}
