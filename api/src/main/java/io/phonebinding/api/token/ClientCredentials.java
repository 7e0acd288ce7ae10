package io.phonebinding.api.token;

import io.phonebinding.session.GrantRefusal;
import io.phonebinding.session.GrantRefusedException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The client's id and secret, by {@code client_secret_basic} (the Authorization header) or {@code
 * client_secret_post} (form fields), as RFC 6749 section 2.3.1 allows; never both.
 */
record ClientCredentials(String id, String secret, boolean byHeader) {

  static ClientCredentials of(String authorization, MultivaluedMap<String, String> form) {
    String formId = OAuthForm.single(form, "client_id");
    String formSecret = OAuthForm.single(form, "client_secret");
    if (authorization == null || authorization.isBlank()) {
      return new ClientCredentials(formId, formSecret, false);
    }
    if (formSecret != null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      throw new GrantRefusedException(
          GrantRefusal.INVALID_REQUEST,
          "send the client's credentials one way only, Basic or form");
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw new GrantRefusedException(GrantRefusal.INVALID_CLIENT, "malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new GrantRefusedException(GrantRefusal.INVALID_CLIENT, "malformed Basic credentials");
    }
    return new ClientCredentials(
        OAuthForm.checkedLength("client_id", decoded.substring(0, colon)),
        OAuthForm.checkedLength("client_secret", decoded.substring(colon + 1)),
        true);
  }
}
