package io.phonebinding.api.token;

import io.phonebinding.account.GrantRefusal;
import io.phonebinding.account.GrantRefusedException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/** Reads the fields of an OAuth form. */
final class OAuthForm {

  private OAuthForm() {}

  /**
   * The field's one value, or null without one.
   *
   * @throws GrantRefusedException {@code INVALID_REQUEST} for a repeated field (RFC 6749 3.2)
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
    return value == null || value.isEmpty() ? null : value;
  }
}
