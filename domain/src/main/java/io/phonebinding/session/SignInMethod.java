package io.phonebinding.session;

/** How a sign-in session began. */
public enum SignInMethod {
  PASSWORD,
  PHONE_CODE,
  /**
   * A session the page opened for its own user after their change ended the earlier ones. No longer
   * opened (the changing session now goes on), but stored rows may still say so.
   */
  RENEWAL
}
