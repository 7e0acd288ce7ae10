package io.phonebinding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place where every tunable rule of the service is read, from MicroProfile Config: system
 * properties, environment variables ({@code phonebind.code.ttl-seconds} is {@code
 * PHONEBIND_CODE_TTL_SECONDS}) or {@code microprofile-config.properties}. API, page and tests all
 * read the rules from here.
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "phonebind.mode", defaultValue = "development")
  String mode;

  @Inject
  @ConfigProperty(name = "phonebind.app-name", defaultValue = "Phone Binding")
  String appName;

  @Inject
  @ConfigProperty(name = "phonebind.phone.default-region", defaultValue = "CN")
  String defaultRegion;

  @Inject
  @ConfigProperty(name = "phonebind.code.length", defaultValue = "6")
  int codeLength;

  @Inject
  @ConfigProperty(name = "phonebind.code.ttl-seconds", defaultValue = "300")
  long codeTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.code.max-attempts", defaultValue = "5")
  int codeMaxAttempts;

  @Inject
  @ConfigProperty(name = "phonebind.code.resend-interval-seconds", defaultValue = "60")
  long codeResendIntervalSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.token.ttl-seconds", defaultValue = "86400")
  long tokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "phonebind.password.min-length", defaultValue = "8")
  int passwordMinLength;

  @Inject
  @ConfigProperty(name = "phonebind.password.pbkdf2-iterations", defaultValue = "210000")
  int passwordIterations;

  @Inject
  @ConfigProperty(name = "phonebind.update-token.ttl-seconds", defaultValue = "300")
  long updateTokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.sms.enabled", defaultValue = "true")
  boolean smsEnabled;

  @Inject
  @ConfigProperty(name = "phonebind.sms.allowed-regions", defaultValue = "CN")
  String smsAllowedRegions;

  @Inject
  @ConfigProperty(name = "phonebind.limits.phone-per-hour", defaultValue = "5")
  int phonePerHour;

  @Inject
  @ConfigProperty(name = "phonebind.limits.phone-per-day", defaultValue = "10")
  int phonePerDay;

  @Inject
  @ConfigProperty(name = "phonebind.limits.ip-per-hour", defaultValue = "30")
  int ipPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.limits.account-per-hour", defaultValue = "10")
  int accountPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.limits.ip-per-day", defaultValue = "100")
  int ipPerDay;

  @Inject
  @ConfigProperty(name = "phonebind.limits.account-per-day", defaultValue = "20")
  int accountPerDay;

  @Inject
  @ConfigProperty(name = "phonebind.limits.signup-per-ip-per-hour", defaultValue = "10")
  int signUpsPerIpPerHour;

  @Inject
  @ConfigProperty(
      name = "phonebind.limits.binding-refusals-per-account-per-hour",
      defaultValue = "30")
  int bindingRefusalsPerAccountPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.password.max-concurrent-hashes", defaultValue = "0")
  int maxConcurrentHashes;

  @Inject
  @ConfigProperty(name = "phonebind.password.max-waiting-hashes", defaultValue = "64")
  int maxWaitingHashes;

  @Inject
  @ConfigProperty(name = "phonebind.signin.max-failures-per-account", defaultValue = "5")
  int signInFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "phonebind.signin.max-failures-per-ip", defaultValue = "20")
  int signInFailuresPerIp;

  @Inject
  @ConfigProperty(name = "phonebind.signin.failure-window-seconds", defaultValue = "900")
  long signInFailureWindowSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.trusted-proxies")
  Optional<String> trustedProxies;

  @Inject
  @ConfigProperty(name = "phonebind.test-numbers")
  Optional<String> testNumbers;

  /** The values {@code phonebind.mode} accepts, in any case. */
  public static final Set<String> MODES = Set.of("development", "production");

  /**
   * Development mode allows the development SMS provider and test numbers; production refuses them.
   *
   * @throws IllegalStateException when {@code phonebind.mode} is neither value: a typo must not
   *     quietly run a server in the mode its operator did not mean
   */
  public boolean isDevelopmentMode() {
    String value = mode.strip().toLowerCase(Locale.ROOT);
    if (!MODES.contains(value)) {
      throw new IllegalStateException(
          "PHONEBIND_MODE (phonebind.mode) is '"
              + mode
              + "'; allowed values: development, production");
    }
    return value.equals("development");
  }

  /** The name shown to users in SMS texts and on the page. */
  public String appName() {
    return appName;
  }

  /** ISO region assumed for numbers sent without a country code ({@code CN}: +86). */
  public String defaultRegion() {
    return defaultRegion;
  }

  public CodePolicy codePolicy() {
    return new CodePolicy(
        codeLength,
        Duration.ofSeconds(codeTtlSeconds),
        codeMaxAttempts,
        Duration.ofSeconds(codeResendIntervalSeconds));
  }

  public Duration tokenTimeToLive() {
    return Duration.ofSeconds(tokenTtlSeconds);
  }

  /** The operator's master secret; when absent one is generated once and kept in the database. */
  public Optional<String> secret() {
    return secret.filter(value -> !value.isBlank());
  }

  /** How long a verified phone change may wait before {@code update-phone} redeems it. */
  public Duration updateTokenTimeToLive() {
    return Duration.ofSeconds(updateTokenTtlSeconds);
  }

  /** Caps on codes sent, and the switches that stop SMS altogether or to some countries. */
  public SendLimits sendLimits() {
    return new SendLimits(
        smsEnabled,
        SendLimits.parseRegions(smsAllowedRegions),
        phonePerHour,
        phonePerDay,
        ipPerHour,
        ipPerDay,
        accountPerHour,
        accountPerDay);
  }

  /** Sign-ups one client IP (an IPv6 /64) may make per hour. */
  public int signUpsPerIpPerHour() {
    return signUpsPerIpPerHour;
  }

  /** Refused bind, change and unbind attempts one account may make per hour before a pause. */
  public int bindingRefusalsPerAccountPerHour() {
    return bindingRefusalsPerAccountPerHour;
  }

  /**
   * How many password hashes may run at once (0: half the processors, at least one), so that a
   * storm of sign-ins leaves the other half to everything else.
   */
  public int maxConcurrentHashes() {
    return maxConcurrentHashes > 0
        ? maxConcurrentHashes
        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /**
   * How many password hashes may wait for a free one, each on its request thread; beyond these,
   * callers are asked to come back (6025). Waiting costs no CPU, so a storm of sign-ins slows down
   * to the pace of the hashes instead of flooding the server with refusals.
   */
  public int maxWaitingHashes() {
    return maxWaitingHashes;
  }

  public SignInLimits signInLimits() {
    return new SignInLimits(
        signInFailuresPerAccount,
        signInFailuresPerIp,
        Duration.ofSeconds(signInFailureWindowSeconds));
  }

  /**
   * Numbers for app-store review and QA, {@code +8613800000000=123456,...}: they get a fixed code
   * and no SMS. Honoured in development mode only.
   */
  public String testNumbers() {
    return testNumbers.orElse("").strip();
  }

  /** Addresses of reverse proxies whose {@code X-Forwarded-For} is believed. */
  public Set<String> trustedProxies() {
    return trustedProxies.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public int passwordMinLength() {
    return passwordMinLength;
  }

  public int passwordIterations() {
    return passwordIterations;
  }
}
