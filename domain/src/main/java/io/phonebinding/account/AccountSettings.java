package io.phonebinding.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of accounts: access-token lifetime, password length, hashing cost and how many hashes
 * run or wait at once, from MicroProfile Config ({@code phonebind.token.*}, {@code
 * phonebind.password.*}).
 */
@ApplicationScoped
public class AccountSettings {

  @Inject
  @ConfigProperty(name = "phonebind.update-token.ttl-seconds", defaultValue = "300")
  long updateTokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.token.ttl-seconds", defaultValue = "86400")
  long tokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.token.refresh-ttl-seconds", defaultValue = "2592000")
  long refreshTokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.password.first-password-window-seconds", defaultValue = "600")
  long firstPasswordWindowSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.password.reset-token-ttl-seconds", defaultValue = "600")
  long resetTokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.signin.auto-register", defaultValue = "true")
  boolean autoRegister;

  @Inject
  @ConfigProperty(name = "phonebind.password.min-length", defaultValue = "8")
  int passwordMinLength;

  @Inject
  @ConfigProperty(name = "phonebind.password.pbkdf2-iterations", defaultValue = "210000")
  int passwordIterations;

  @Inject
  @ConfigProperty(name = "phonebind.password.max-concurrent-hashes", defaultValue = "0")
  int maxConcurrentHashes;

  @Inject
  @ConfigProperty(name = "phonebind.password.max-waiting-hashes", defaultValue = "64")
  int maxWaitingHashes;

  /**
   * How long a verified change of phone or e-mail may wait before {@code update-phone} or {@code
   * update-email} redeems its token.
   */
  public Duration updateTokenTimeToLive() {
    return Duration.ofSeconds(updateTokenTtlSeconds);
  }

  public Duration tokenTimeToLive() {
    return Duration.ofSeconds(tokenTtlSeconds);
  }

  /** How long a session with a refresh token lasts, however often it is refreshed. */
  public Duration refreshTokenTimeToLive() {
    return Duration.ofSeconds(refreshTokenTtlSeconds);
  }

  /** How long the token of a proven password reset request works. */
  public Duration passwordResetTimeToLive() {
    return Duration.ofSeconds(resetTokenTtlSeconds);
  }

  /**
   * How long after a sign-in with a code a phone-only account may set its first password without an
   * old one: the code just proved the phone, and a token kept longer proves less.
   */
  public Duration firstPasswordWindow() {
    return Duration.ofSeconds(firstPasswordWindowSeconds);
  }

  /**
   * How many password hashes may run at once (0: one per processor). More would only queue for the
   * cores; the rest wait in line ({@link #maxWaitingHashes}) without taking CPU from other
   * requests.
   */
  public int maxConcurrentHashes() {
    return maxConcurrentHashes > 0
        ? maxConcurrentHashes
        : Runtime.getRuntime().availableProcessors();
  }

  /**
   * How many password hashes may wait for a free one, each on its request thread; beyond these,
   * callers are asked to come back (6025). Waiting costs no CPU, so a storm of sign-ins slows down
   * to the pace of the hashes instead of flooding the server with refusals.
   */
  public int maxWaitingHashes() {
    return maxWaitingHashes;
  }

  public int passwordMinLength() {
    return passwordMinLength;
  }

  public int passwordIterations() {
    return passwordIterations;
  }

  /**
   * Whether a code sign-in with an unknown phone may create its account when the client asks
   * ({@code options.autoRegister}); false forbids it.
   */
  public boolean autoRegisterByCode() {
    return autoRegister;
  }
}
