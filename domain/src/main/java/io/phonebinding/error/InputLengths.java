package io.phonebinding.error;

/**
 * The longest value each input may have, one place for every rule that reads it: the API's request
 * records carry them as Jakarta Validation constraints, checked before any work, and the domain's
 * own checks read them too. An account name (a username, an e-mail or a phone) is at most as long
 * as an e-mail may be; a one-time token this server issues is 43 characters.
 */
public final class InputLengths {

  /** A phone number as typed: national, or with a {@code +country code}, spaces allowed. */
  public static final int PHONE = 32;

  /** A country calling code ({@code +86}, {@code +1}). */
  public static final int COUNTRY_CODE = 8;

  /** A one-time code as typed. */
  public static final int CODE = 16;

  public static final int USERNAME = 64;

  /** RFC 5321's longest path. */
  public static final int EMAIL = 254;

  /** A username, an e-mail or a phone, by whichever field it came. */
  public static final int ACCOUNT = 254;

  public static final int PASSWORD = 128;

  /** A password-reset or phone-change token. */
  public static final int ONE_TIME_TOKEN = 128;

  /** A name from a fixed list: a connection, a channel, a verify method, an encryption type. */
  public static final int NAME = 64;

  /** Why an operator acts, kept in the audit trail. */
  public static final int REASON = 500;

  public static final int CLIENT_ID = 128;

  public static final int CLIENT_SECRET = 256;

  /** Space-separated OAuth scopes. */
  public static final int SCOPE = 256;

  /** An access or refresh token presented to be revoked or spent. */
  public static final int BEARER_TOKEN = 4096;

  private InputLengths() {}
}
