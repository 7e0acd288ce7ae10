package io.phonebinding.account;

import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The time of one password hash at the shipped cost (210,000 iterations), the JDK's {@code
 * PBKDF2WithHmacSHA256} beside {@link Pbkdf2}, in alternating rounds on one thread. Not a test:
 *
 * <pre>mvn -q -pl domain test-compile
 * java -cp domain/target/classes:domain/target/test-classes io.phonebinding.account.Pbkdf2Benchmark
 * </pre>
 */
public final class Pbkdf2Benchmark {

  private static final int ITERATIONS = 210_000;
  private static final int HASHES_PER_ROUND = 20;
  private static final int ROUNDS = 8;

  private Pbkdf2Benchmark() {}

  public static void main(String[] args) throws Exception {
    byte[] salt = new byte[16];
    double[] ratios = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long jdk = time(() -> jdk("correct horse battery", salt));
      long ours = time(() -> Pbkdf2.derive("correct horse battery", salt, ITERATIONS, 32));
      ratios[round] = (double) ours / jdk;
      System.out.printf(
          Locale.ROOT,
          "round %d: JDK %.1f ms, Pbkdf2 %.1f ms per hash, Pbkdf2 / JDK %.2f%n",
          round + 1,
          jdk / 1e6 / HASHES_PER_ROUND,
          ours / 1e6 / HASHES_PER_ROUND,
          ratios[round]);
    }
    // The first two rounds warm the JIT up.
    double[] warm = java.util.Arrays.copyOfRange(ratios, 2, ROUNDS);
    java.util.Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT,
        "median Pbkdf2 / JDK over the last %d rounds: %.2f%n",
        warm.length,
        median(warm));
  }

  private interface Hash {
    void run() throws Exception;
  }

  private static long time(Hash hash) throws Exception {
    long began = System.nanoTime();
    for (int i = 0; i < HASHES_PER_ROUND; i++) {
      hash.run();
    }
    return System.nanoTime() - began;
  }

  private static void jdk(String password, byte[] salt) throws Exception {
    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
        .getEncoded();
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
