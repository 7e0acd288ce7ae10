package io.phonebinding.testing;

import io.phonebinding.transaction.Transactions;
import java.util.function.Supplier;

/** Runs the work at once, counting the transactions it would have opened. */
public class CountingTransactions extends Transactions {

  public int opened;
  private int depth;

  /** Whether work runs inside a transaction now. */
  public boolean isOpen() {
    return depth > 0;
  }

  @Override
  public <T> T call(Supplier<T> work) {
    return inside(work, depth == 0);
  }

  @Override
  public void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  @Override
  public <T> T callAlone(Supplier<T> work) {
    return inside(work, true);
  }

  @Override
  public void runAlone(Runnable work) {
    callAlone(
        () -> {
          work.run();
          return null;
        });
  }

  private <T> T inside(Supplier<T> work, boolean opens) {
    if (opens) {
      opened++;
    }
    depth++;
    try {
      return work.get();
    } finally {
      depth--;
    }
  }
}
