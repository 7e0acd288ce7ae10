package io.phonebinding.it;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: a fixed number of clients, each starting its next operation as soon as its
 * last one answered, until a given number of operations has run. Throughput is operations over wall
 * time; latency is per operation.
 */
final class ClosedLoop {

  /** One operation; the index is unique within a run (0 .. count-1). */
  interface Operation {
    void run(int index) throws Exception;
  }

  /** What a run measured. */
  record Measurement(
      String name,
      int clients,
      int count,
      long errors,
      String firstError,
      double seconds,
      long[] sortedNanos) {

    double perSecond() {
      return count / seconds;
    }

    double percentileMillis(double percentile) {
      int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length - 1))] / 1e6;
    }
  }

  private ClosedLoop() {}

  static Measurement run(String name, int clients, int count, Operation operation) {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      Future<?>[] running = new Future<?>[clients];
      for (int client = 0; client < clients; client++) {
        running[client] =
            pool.submit(
                () -> {
                  for (int index = next.getAndIncrement();
                      index < count;
                      index = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    try {
                      operation.run(index);
                    } catch (Exception | AssertionError e) {
                      errors.incrementAndGet();
                      firstError.compareAndSet(null, index + ": " + e);
                    }
                    nanos[index] = System.nanoTime() - began;
                  }
                });
      }
      for (Future<?> client : running) {
        client.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(name + " did not finish", e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    return new Measurement(name, clients, count, errors.get(), firstError.get(), seconds, nanos);
  }
}
