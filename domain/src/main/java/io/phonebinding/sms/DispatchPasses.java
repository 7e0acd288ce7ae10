package io.phonebinding.sms;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A dispatcher's passes over the outbox: one at a time per server (other servers are kept apart by
 * the row locks), asked for after each commit that queued a message, run on a schedule, and let
 * finish what they have in flight before a stop.
 */
final class DispatchPasses {

  private final Logger log;
  private final ReentrantLock pass = new ReentrantLock();
  private final AtomicBoolean nudged = new AtomicBoolean();
  private volatile boolean stopping;

  DispatchPasses(Logger log) {
    this.log = log;
  }

  /** Asks for a pass on the executor as soon as possible, without waiting for it. */
  void soon(Executor executor, Runnable runPass) {
    if (!stopping && nudged.compareAndSet(false, true)) {
      try {
        executor.execute(runPass);
      } catch (RuntimeException rejected) {
        nudged.set(false);
      }
    }
  }

  /**
   * Runs a pass, unless one runs already: {@code sendNext} claims and sends one message and says
   * whether there was one, until there is none or a stop began.
   *
   * @return how many messages were sent or tried
   */
  int run(Runnable started, BooleanSupplier sendNext) {
    if (stopping || !pass.tryLock()) {
      nudged.set(false);
      return 0;
    }
    try {
      nudged.set(false);
      started.run();
      int sent = 0;
      while (!stopping && sendNext.getAsBoolean()) {
        sent++;
      }
      return sent;
    } catch (RuntimeException unexpected) {
      log.log(Level.SEVERE, "Dispatch pass failed; the next one will retry", unexpected);
      return 0;
    } finally {
      pass.unlock();
    }
  }

  /** No more passes; the one in flight may finish its call and record it, for up to a lease. */
  void finish(Duration lease) {
    stopping = true;
    try {
      if (pass.tryLock(lease.toMillis(), TimeUnit.MILLISECONDS)) {
        pass.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
