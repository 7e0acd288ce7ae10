package io.phonebinding.operator;

import java.util.Locale;
import java.util.Optional;

/** What an access key may do. */
public enum AccessKeyScope {
  /** Read users, histories, messages and lists. */
  READ,
  /** Read, and change users and lists. */
  WRITE;

  /** The name settings and answers use: {@code read} or {@code write}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope of a wire name; empty for any other text. */
  public static Optional<AccessKeyScope> ofWireName(String name) {
    for (AccessKeyScope scope : values()) {
      if (scope.wireName().equals(name)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
