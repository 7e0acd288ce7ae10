package io.phonebinding.account;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import java.util.Locale;

/**
 * What a sign-in names the account by, in canonical form: a username's key, a lower-cased e-mail or
 * an E.164 phone. The account is looked up by that field only, so no username can shadow another
 * user's phone or e-mail, and failures are counted by {@link #lockoutKey()} whether or not an
 * account has it.
 */
public record SignInIdentifier(Kind kind, String canonical) {

  /** The field the client sent. */
  public enum Kind {
    USERNAME,
    EMAIL,
    PHONE
  }

  public static SignInIdentifier username(String username) {
    return new SignInIdentifier(Kind.USERNAME, Usernames.key(bounded(username, Input.USERNAME)));
  }

  public static SignInIdentifier email(String email) {
    return new SignInIdentifier(Kind.EMAIL, bounded(email, Input.EMAIL).toLowerCase(Locale.ROOT));
  }

  /**
   * @throws InvalidInputException with {@code PHONE_INVALID} when it is not a mobile number
   */
  public static SignInIdentifier phone(String phone, String countryCode, String defaultRegion) {
    return new SignInIdentifier(
        Kind.PHONE,
        PhoneNumber.parse(bounded(phone, Input.PHONE), countryCode, defaultRegion, Input.PHONE)
            .e164());
  }

  /** A phone already parsed, as a code sign-in has it. */
  public static SignInIdentifier of(PhoneNumber phone) {
    return new SignInIdentifier(Kind.PHONE, phone.e164());
  }

  /**
   * Authing's {@code account} field, read by its shape: an e-mail if it has an @, a phone if it is
   * written like one (digits, spaces, +, -, parentheses: usernames cannot be), else a username.
   */
  public static SignInIdentifier account(String account, String defaultRegion) {
    String value = bounded(account, Input.ACCOUNT);
    if (value.contains("@")) {
      return email(value);
    }
    if (Usernames.isPhoneShaped(value)) {
      try {
        return phone(value, null, defaultRegion);
      } catch (InvalidInputException notAMobileNumber) {
        return new SignInIdentifier(Kind.PHONE, value);
      }
    }
    return username(value);
  }

  /** The key sign-in failures are counted by. */
  public String lockoutKey() {
    String key = kind.name().toLowerCase(Locale.ROOT) + ":" + canonical;
    return key.length() > InputLengths.ACCOUNT ? key.substring(0, InputLengths.ACCOUNT) : key;
  }

  private static String bounded(String value, Input input) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.required(input);
    }
    String stripped = value.strip();
    if (stripped.length() > InputLengths.ACCOUNT) {
      throw new InvalidInputException(ErrorKind.CREDENTIALS_INVALID, input);
    }
    return stripped;
  }
}
