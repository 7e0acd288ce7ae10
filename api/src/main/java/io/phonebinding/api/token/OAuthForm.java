package io.phonebinding.api.token;

import io.phonebinding.error.InputLengths;
import io.phonebinding.session.GrantRefusal;
import io.phonebinding.session.GrantRefusedException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/** Reads the fields of an OAuth form, each no longer than its documented maximum. */
final class OAuthForm {

  private static final Map<String, Integer> MAX_LENGTHS =
      Map.of(
          "grant_type", InputLengths.NAME,
          "refresh_token", InputLengths.ONE_TIME_TOKEN,
          "token", InputLengths.BEARER_TOKEN,
          "token_type_hint", InputLengths.NAME,
          "client_id", InputLengths.CLIENT_ID,
          "client_secret", InputLengths.CLIENT_SECRET);

  private OAuthForm() {}

  /**
   * @throws GrantRefusedException {@code INVALID_REQUEST} when the value is longer than the field's
   *     maximum
   */
  static String checkedLength(String name, String value) {
    int max = MAX_LENGTHS.get(name);
    if (value != null && value.length() > max) {
      throw new GrantRefusedException(
          GrantRefusal.INVALID_REQUEST, name + " is longer than " + max + " characters");
    }
    return value;
  }

  /**
   * The field's one value, or null without one.
   *
   * @throws GrantRefusedException {@code INVALID_REQUEST} for a repeated field (RFC 6749 3.2), or
   *     one longer than its maximum
   */
  static String single(MultivaluedMap<String, String> form, String name) {
    List<String> values = form == null ? null : form.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new GrantRefusedException(GrantRefusal.INVALID_REQUEST, name + " is repeated");
    }
    String value = values.get(0);
    return value == null || value.isEmpty() ? null : checkedLength(name, value);
  }
}
