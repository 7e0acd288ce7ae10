package io.phonebinding.account;

import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.error.ErrorKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashes: PBKDF2 with HMAC-SHA256 from the JDK, stored in Jakarta Security's
 * {@code Pbkdf2PasswordHash} format ({@code algorithm:iterations:salt:hash}), so hashes stay
 * readable by any Jakarta Security identity store. The iteration count is stored with each hash, so
 * raising it later does not lock anyone out.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BYTES = 32;
  private static final int MAX_ITERATIONS = 10_000_000;

  @Inject AccountSettings settings;

  private final SecureRandom random = new SecureRandom();

  /** A hash to verify against when an account is unknown, so both cases cost the same time. */
  private String decoy;

  /** Hashes running now; a hash waits for one of these. */
  private Semaphore running;

  /** Hashes running or waiting; beyond these, callers are asked to come back. */
  private Semaphore admitted;

  @PostConstruct
  void create() {
    int concurrent = settings.maxConcurrentHashes();
    running = new Semaphore(concurrent, true);
    admitted = new Semaphore(concurrent + settings.maxWaitingHashes());
    decoy = hash("decoy-password");
  }

  /**
   * Refuses at once while as many hashes are running and waiting as the server allows, before the
   * caller counts or stores anything: under a storm the surplus is turned away at the cost of a
   * look at a counter, not of a database round trip. The hash itself is still bounded, since the
   * queue may fill between this look and the hash.
   *
   * @throws TooManyRequestsException with {@code PASSWORD_CHECKS_BUSY} when the queue is full
   */
  public void refuseIfQueueFull() {
    if (admitted.availablePermits() == 0) {
      throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
    }
  }

  /**
   * A new salted hash of the password.
   *
   * @throws TooManyRequestsException with {@code PASSWORD_CHECKS_BUSY} when as many hashes are
   *     running and waiting as the server allows
   */
  public String hash(String password) {
    return bounded(() -> newHash(password));
  }

  /**
   * Whether the password matches a stored hash; bounded like {@link #hash}.
   *
   * @throws TooManyRequestsException with {@code PASSWORD_CHECKS_BUSY} when too many are running
   */
  public boolean matches(String password, String storedHash) {
    return bounded(() -> check(password, storedHash));
  }

  /**
   * Runs one hash under the bounds: PBKDF2 is CPU by design, and unbounded it would take every
   * request thread and core from the rest of the service.
   */
  private <T> T bounded(Supplier<T> hashing) {
    if (!admitted.tryAcquire()) {
      throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
    }
    try {
      running.acquireUninterruptibly();
      try {
        return hashing.get();
      } finally {
        running.release();
      }
    } finally {
      admitted.release();
    }
  }

  private String newHash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    int iterations = settings.passwordIterations();
    byte[] key = derive(password, salt, iterations, KEY_BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(key);
  }

  private boolean check(String password, String storedHash) {
    String[] parts = storedHash.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    int iterations = Integer.parseInt(parts[1]);
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      return false;
    }
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] expected = base64.decode(parts[3]);
    byte[] actual = derive(password, base64.decode(parts[2]), iterations, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Whether the password is the user's; an account without a password (phone-only) costs the same
   * time as a wrong password.
   */
  public boolean isPasswordOf(User user, String password) {
    String hash = user.passwordHash();
    if (hash == null) {
      verifyDecoy(password);
      return false;
    }
    return matches(password, hash);
  }

  /** Spends the time of one verification without any account behind it. */
  public void verifyDecoy(String password) {
    matches(password, decoy);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
