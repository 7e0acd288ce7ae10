package io.phonebinding.error;

/**
 * What a person gives the service, in the domain's words. A refusal names the input that failed;
 * the API names it by its JSON field, the page by its form field and label.
 */
public enum Input {
  PHONE,
  PHONE_COUNTRY_CODE,
  CODE,
  OLD_PHONE,
  OLD_PHONE_COUNTRY_CODE,
  OLD_PHONE_CODE,
  NEW_PHONE,
  NEW_PHONE_COUNTRY_CODE,
  NEW_PHONE_CODE,
  CHANNEL,
  USERNAME,
  EMAIL,
  PASSWORD,
  /** The password a signed-in user has now, given to change it. */
  OLD_PASSWORD,
  NEW_PASSWORD,
  /** The one-time token a checked password reset code gave. */
  PASSWORD_RESET_TOKEN,
  /** A sign-in identifier given without saying whether it is a username, e-mail or phone. */
  ACCOUNT,
  /** Why an operator acts: kept in the audit trail. */
  REASON,
  /** A number or a range of numbers, as an E.164 prefix, on an operator's list. */
  NUMBER_RANGE,
  /** The name an operator gives a new access key. */
  ACCESS_KEY_NAME,
  /** A code sent to the account's verified e-mail address. */
  EMAIL_CODE,
  OLD_EMAIL,
  OLD_EMAIL_CODE,
  NEW_EMAIL,
  NEW_EMAIL_CODE,
  /** The one-time token a checked e-mail change gave. */
  UPDATE_EMAIL_TOKEN,
  /** The single-use token of a link in a message (to keep a number, to cancel a change). */
  LINK_TOKEN;

  /**
   * The country code given with this phone number.
   *
   * @throws IllegalArgumentException when this input is no phone number
   */
  public Input countryCode() {
    return switch (this) {
      case PHONE -> PHONE_COUNTRY_CODE;
      case OLD_PHONE -> OLD_PHONE_COUNTRY_CODE;
      case NEW_PHONE -> NEW_PHONE_COUNTRY_CODE;
      default -> throw new IllegalArgumentException(this + " is no phone number");
    };
  }
}
