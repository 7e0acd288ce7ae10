package io.phonebinding.account;

/** How a sign-in session began. */
public enum SignInMethod {
  PASSWORD,
  PHONE_CODE,
  /** The page's new token for its own user after a phone change ended the earlier ones. */
  RENEWAL
}
