package io.phonebinding.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of one-time codes, from MicroProfile Config ({@code phonebind.code.*}) and the test
 * numbers ({@code phonebind.test-numbers}): the one place API, page and tests read them from.
 */
@ApplicationScoped
public class CodeSettings {

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
  @ConfigProperty(name = "phonebind.test-numbers")
  Optional<String> testNumbers;

  public CodePolicy codePolicy() {
    return new CodePolicy(
        codeLength,
        Duration.ofSeconds(codeTtlSeconds),
        codeMaxAttempts,
        Duration.ofSeconds(codeResendIntervalSeconds));
  }

  /**
   * Numbers for app-store review and QA, {@code +8613800000000=123456,...}: they get a fixed code
   * and no SMS. Honoured in development mode only.
   */
  public String testNumbers() {
    return testNumbers.orElse("").strip();
  }
}
