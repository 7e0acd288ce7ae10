package io.phonebinding.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Opens the transactions of the domain's workflows, so a workflow keeps its slow steps (hashes,
 * waits) outside them without calling itself through its own proxy. A {@link RecordedRefusal} ends
 * the work but commits what it wrote before (a wrong code's spent try); any other exception rolls
 * it back.
 */
@ApplicationScoped
public class Transactions {

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

  /** {@link #callAlone} for work without a result. */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = RecordedRefusal.class)
  public void runAlone(Runnable work) {
    work.run();
  }
}
