package io.phonebinding.operator;

import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An access key as the operator's setting lists it: {@code name:scope:id:sha256-of-secret}, as
 * {@code bin/phone-binding.sh access-key} prints one. The secret itself is never in a setting.
 */
record ConfiguredKey(String name, AccessKeyScope scope, String id, String secretHash) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException naming the entry that is not of the form
   */
  static List<ConfiguredKey> parseAll(List<String> entries) {
    List<ConfiguredKey> keys = new ArrayList<>();
    for (String entry : entries) {
      if (!entry.isBlank()) {
        keys.add(parse(entry.strip()));
      }
    }
    return keys;
  }

  /**
   * @throws InvalidInputException with {@code FIELD_INVALID} naming the key's name when it is not 1
   *     to 64 letters, digits, dots, dashes or underscores
   */
  static String checkedName(String name) {
    if (name == null || !NAME.matcher(name.strip()).matches()) {
      throw InvalidInputException.invalid(Input.ACCESS_KEY_NAME);
    }
    return name.strip();
  }

  private static ConfiguredKey parse(String entry) {
    String[] parts = entry.split(":", -1);
    if (parts.length != 4
        || !NAME.matcher(parts[0]).matches()
        || AccessKeyScope.ofWireName(parts[1]).isEmpty()
        || !ID.matcher(parts[2]).matches()
        || !HASH.matcher(parts[3]).matches()) {
      throw new IllegalArgumentException(
          "phonebind.management.access-keys: an entry is not name:read|write:id:sha256-hex"
              + " (the name of the faulty one: "
              + (parts.length > 0 && NAME.matcher(parts[0]).matches() ? parts[0] : "?")
              + ")");
    }
    return new ConfiguredKey(
        parts[0], AccessKeyScope.ofWireName(parts[1]).orElseThrow(), parts[2], parts[3]);
  }
}
