package io.phonebinding.audit;

/** What a user tried to do with their phone binding, their sign-ins and their password. */
public enum AuditAction {
  BIND_PHONE,
  VERIFY_PHONE_CHANGE,
  CHANGE_PHONE,
  UNBIND_PHONE,
  SIGN_IN_BY_CODE,
  SIGN_IN_BY_PASSWORD,
  SIGN_UP_BY_CODE,
  /** A client revoked an access or refresh token, ending its sign-in session. */
  REVOKE_TOKEN,
  /** A spent refresh token came back: its session was ended, as it may have been stolen. */
  REFRESH_TOKEN_REUSED,
  /** A code sent to the phone proved a password reset request. */
  VERIFY_PASSWORD_RESET,
  RESET_PASSWORD,
  /** A signed-in user changed their password, or set the first one of a phone-only account. */
  CHANGE_PASSWORD
}
