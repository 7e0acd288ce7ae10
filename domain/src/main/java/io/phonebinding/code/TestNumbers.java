package io.phonebinding.code;

import io.phonebinding.config.Settings;
import io.phonebinding.phone.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Numbers for app-store review and QA: each has a fixed code and gets no SMS. Off unless configured
 * ({@code phonebind.test-numbers=+8613800000000=123456,...}), and ignored in production mode, where
 * a fixed code would be a back door.
 */
@ApplicationScoped
public class TestNumbers {

  private static final Logger LOG = Logger.getLogger(TestNumbers.class.getName());

  @Inject Settings settings;

  @Inject CodeSettings codes;

  private Map<String, String> fixedCodes = Map.of();

  @PostConstruct
  void load() {
    String configured = codes.testNumbers();
    if (configured.isEmpty()) {
      return;
    }
    if (!settings.isDevelopmentMode()) {
      LOG.warning("phonebind.test-numbers is ignored in production mode");
      return;
    }
    fixedCodes = parse(configured, settings.defaultRegion(), codes.codePolicy().length());
    LOG.info(() -> fixedCodes.size() + " test numbers with fixed codes are active");
  }

  /** The fixed code of a test number; empty for every other number. */
  public Optional<String> fixedCodeFor(PhoneNumber phone) {
    return Optional.ofNullable(fixedCodes.get(phone.e164()));
  }

  /** Whether the number is a test number, which never gets any SMS. */
  public boolean isTestNumber(PhoneNumber phone) {
    return fixedCodes.containsKey(phone.e164());
  }

  static Map<String, String> parse(String configured, String defaultRegion, int codeLength) {
    Map<String, String> codes = new HashMap<>();
    for (String entry : configured.split(",")) {
      String[] parts = entry.strip().split("=");
      if (parts.length != 2 || !parts[1].strip().matches("[0-9]{" + codeLength + "}")) {
        throw new IllegalArgumentException(
            "phonebind.test-numbers: expected number=" + codeLength + "-digit code, got: " + entry);
      }
      codes.put(PhoneNumber.parse(parts[0].strip(), null, defaultRegion).e164(), parts[1].strip());
    }
    return Map.copyOf(codes);
  }
}
