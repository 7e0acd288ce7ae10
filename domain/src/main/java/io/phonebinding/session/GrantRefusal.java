package io.phonebinding.session;

/** Why a token request was refused, in RFC 6749's terms. */
public enum GrantRefusal {
  INVALID_REQUEST,
  INVALID_CLIENT,
  INVALID_GRANT,
  UNSUPPORTED_GRANT_TYPE;

  /** The {@code error} value of RFC 6749, section 5.2. */
  public String oauthError() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
