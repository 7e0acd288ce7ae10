package io.phonebinding.audit;

import java.util.List;

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
  CHANGE_PASSWORD,
  /** An operator gave the account a number (update-user, or the support page). */
  OPERATOR_SET_PHONE,
  /** An operator freed the account's number. */
  OPERATOR_FREE_PHONE,
  OPERATOR_MARK_PHONE_VERIFIED,
  OPERATOR_SUSPEND,
  OPERATOR_ACTIVATE,
  /** An operator changed the username or e-mail. */
  OPERATOR_UPDATE_PROFILE,
  /** An operator ended the account's sessions. */
  OPERATOR_KICK,
  /** An operator put a number or range on the block list (no account concerned). */
  OPERATOR_BLOCK_NUMBER,
  /** An operator put a number or range on the safe list (no account concerned). */
  OPERATOR_SAFE_NUMBER,
  /** An operator took a number or range off its list (no account concerned). */
  OPERATOR_REMOVE_NUMBER_RULE;

  /** The actions that are a sign-in, for the login history. */
  static final List<AuditAction> SIGN_INS =
      List.of(SIGN_IN_BY_CODE, SIGN_IN_BY_PASSWORD, SIGN_UP_BY_CODE);
}
