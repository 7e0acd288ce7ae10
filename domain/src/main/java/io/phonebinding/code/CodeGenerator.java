package io.phonebinding.code;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Draws one-time codes: uniformly random decimal digits from a {@link SecureRandom}. */
@ApplicationScoped
public class CodeGenerator {

  private final SecureRandom random = new SecureRandom();

  public String newCode(int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }
}
