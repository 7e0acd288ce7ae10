package io.phonebinding.account;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The e-mail address an account may carry: optional, one address, kept in lower case. */
public final class Emails {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private Emails() {}

  /**
   * The address as stored, or null for none.
   *
   * @throws InvalidInputException with {@code EMAIL_INVALID} for a malformed one
   */
  public static String checked(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String trimmed = email.strip().toLowerCase(Locale.ROOT);
    if (trimmed.length() > InputLengths.EMAIL || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidInputException(ErrorKind.EMAIL_INVALID, Input.EMAIL);
    }
    return trimmed;
  }
}
