package io.phonebinding.account;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import java.util.regex.Pattern;

/**
 * What a username may be, and when two are the same. Usernames are compared by their key: the
 * Unicode confusable skeleton of the NFKC, case-folded name, so {@code Alice}, {@code ALICE} and
 * {@code аlice} (with a Cyrillic а) are one name and the second to come is refused as taken. Names
 * mixing scripts the way look-alikes do are refused outright, and a username may not be shaped like
 * a phone number or an e-mail address, so that no username can shadow another identifier.
 */
public final class Usernames {

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.-]{3,64}");
  private static final Pattern PHONE_SHAPED = Pattern.compile("\\+?[0-9 ()-]{5,}");
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final SpoofChecker MIXED_SCRIPTS =
      new SpoofChecker.Builder()
          .setChecks(
              SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS)
          .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
          .build();
  private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

  private Usernames() {}

  /**
   * The username as it will be stored: trimmed and NFKC-normalised.
   *
   * @throws InvalidInputException with {@code USERNAME_INVALID} for a name of the wrong length or
   *     characters, one shaped like a phone number or e-mail, or a mixed-script look-alike
   */
  public static String checked(String username) {
    if (username == null || username.isBlank()) {
      throw InvalidInputException.required(Input.USERNAME);
    }
    String name = NFKC.normalize(username.strip());
    if (!ALLOWED.matcher(name).matches()
        || PHONE_SHAPED.matcher(name).matches()
        || name.contains("@")
        || MIXED_SCRIPTS.failsChecks(name)) {
      throw new InvalidInputException(ErrorKind.USERNAME_INVALID, Input.USERNAME);
    }
    return name;
  }

  /** Written like a phone number: digits, spaces, +, -, parentheses. */
  static boolean isPhoneShaped(String text) {
    return PHONE_SHAPED.matcher(text).matches();
  }

  /** The key two usernames are the same by: skeleton of the case-folded NFKC form. */
  public static String key(String username) {
    return SKELETONS.getSkeleton(UCharacter.foldCase(NFKC.normalize(username.strip()), true));
  }
}
