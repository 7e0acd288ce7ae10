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
  /** A code to the address proved it and made it the account's verified e-mail. */
  BIND_EMAIL,
  /** The codes of an e-mail change were checked (Authing's first step). */
  VERIFY_EMAIL_CHANGE,
  CHANGE_EMAIL,
  /** The account proved its bound number with a code (which ends a claim on it). */
  CONFIRM_PHONE,
  /** The number's new holder claims it from this account (or, for the claimant, claimed it). */
  PHONE_CLAIM_STARTED,
  /** The holder kept the number through the link: the claim waits for an operator. */
  PHONE_CLAIM_DISPUTED,
  /** The claim ended without moving the number. */
  PHONE_CLAIM_CANCELLED,
  /** The claim took effect: the number moved from the holder to the claimant. */
  PHONE_CLAIM_COMPLETED,
  /** A change of number without the old phone was requested; it waits for its delay. */
  REQUEST_PHONE_CHANGE_WITHOUT_OLD_PHONE,
  /** A link in the old number's SMS or in the e-mail cancelled it. */
  CANCEL_PHONE_CHANGE,
  /** It took effect after its delay. */
  COMPLETE_PHONE_CHANGE,
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
  OPERATOR_REMOVE_NUMBER_RULE,
  /** The service blocked a block of numbers that got many codes and used few (no account). */
  NUMBER_RANGE_BLOCKED;

  /** The actions that are a sign-in, for the login history. */
  static final List<AuditAction> SIGN_INS =
      List.of(SIGN_IN_BY_CODE, SIGN_IN_BY_PASSWORD, SIGN_UP_BY_CODE);
}
