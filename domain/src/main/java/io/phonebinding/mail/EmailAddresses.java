package io.phonebinding.mail;

/** How an address appears where it must not be read in full (logs, answers to operators). */
public final class EmailAddresses {

  private EmailAddresses() {}

  /** {@code a***@example.com}: the first character and the domain. */
  public static String masked(String address) {
    int at = address.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return address.charAt(0) + "***" + address.substring(at);
  }
}
