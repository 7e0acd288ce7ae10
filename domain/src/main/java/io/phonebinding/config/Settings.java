package io.phonebinding.config;

import io.phonebinding.code.CodePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
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

  /** Development mode keeps sent messages readable at {@code /api/dev/sms}; production does not. */
  public boolean isDevelopmentMode() {
    return !"production".equalsIgnoreCase(mode.trim());
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

  public int passwordMinLength() {
    return passwordMinLength;
  }

  public int passwordIterations() {
    return passwordIterations;
  }
}
