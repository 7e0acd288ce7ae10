package io.phonebinding.account;

/**
 * What a phone sign-up may give the new account besides the phone: a username and an e-mail, under
 * the same rules as a password sign-up's; both optional.
 */
public record SignUpProfile(String username, String email) {

  public static final SignUpProfile NONE = new SignUpProfile(null, null);

  /**
   * The profile as it will be stored.
   *
   * @throws io.phonebinding.error.InvalidInputException for a malformed username or e-mail
   */
  public static SignUpProfile checked(String username, String email) {
    return new SignUpProfile(
        username == null || username.isBlank() ? null : Usernames.checked(username),
        Emails.checked(email));
  }
}
