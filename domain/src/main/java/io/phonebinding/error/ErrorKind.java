package io.phonebinding.error;

import static io.phonebinding.error.ErrorKind.Source.AUTHING;
import static io.phonebinding.error.ErrorKind.Source.OURS;

/**
 * Every error the service can answer with: its business status and its stable {@code apiCode}.
 *
 * <p>Where Authing documents a code for the same error we use Authing's number, so client code
 * written against Authing keeps working; the 6xxx numbers are ours and stay stable once published.
 * The localized message for a kind is {@code error.<NAME>} in the {@code messages} bundle.
 */
public enum ErrorKind {
  INTERNAL_ERROR(500, 1000, OURS),
  FORBIDDEN(403, 1001, OURS),
  CODE_INCORRECT(400, 2001, AUTHING),
  EMAIL_INVALID(400, 2003, AUTHING),
  NOT_SIGNED_IN(401, 2020, AUTHING),
  ACCOUNT_EXISTS(409, 2026, AUTHING),
  USER_NOT_FOUND(404, 2004, AUTHING),
  PASSWORD_TOO_SHORT(400, 2029, AUTHING),
  USERNAME_TAKEN(409, 2034, AUTHING),
  PHONE_ALREADY_BOUND(409, 2035, AUTHING),
  OLD_PHONE_MISMATCH(400, 2038, AUTHING),
  SAME_PHONE(400, 2230, AUTHING),
  CODE_EXPIRED(400, 2300, AUTHING),
  CREDENTIALS_INVALID(400, 2333, AUTHING),
  MALFORMED_REQUEST(400, 6001, OURS),
  FIELD_REQUIRED(400, 6002, OURS),
  FIELD_INVALID(400, 6003, OURS),
  PHONE_INVALID(400, 6004, OURS),
  CHANNEL_UNKNOWN(400, 6005, OURS),
  CHANNEL_NOT_SUPPORTED(400, 6006, OURS),
  CODE_ALREADY_USED(400, 6007, OURS),
  CODE_TOO_MANY_ATTEMPTS(400, 6008, OURS),
  USER_ALREADY_HAS_PHONE(409, 6009, OURS),
  SMS_TOO_FREQUENT(429, 6010, OURS),
  TOKEN_INVALID(401, 6011, OURS),
  TOKEN_EXPIRED(401, 6012, OURS),
  CONNECTION_NOT_SUPPORTED(400, 6013, OURS),
  USERNAME_INVALID(400, 6014, OURS),
  NO_PHONE_BOUND(400, 6015, OURS),
  PHONE_IS_ONLY_SIGN_IN(403, 2217, AUTHING),
  UPDATE_TOKEN_INVALID(400, 6017, OURS),
  SMS_PHONE_LIMIT(429, 6018, OURS),
  SMS_IP_LIMIT(429, 6019, OURS),
  SMS_ACCOUNT_LIMIT(429, 6020, OURS),
  SMS_DISABLED(403, 6021, OURS),
  SMS_COUNTRY_NOT_ALLOWED(403, 6022, OURS),
  SIGNIN_TOO_MANY_FAILURES(429, 6023, OURS),
  VERIFY_METHOD_NOT_SUPPORTED(400, 6024, OURS),
  PASSWORD_CHECKS_BUSY(429, 6025, OURS),
  BINDING_REFUSALS_LIMIT(429, 6026, OURS),
  SIGNUP_IP_LIMIT(429, 6027, OURS),
  TOKEN_REVOKED(401, 6028, OURS),
  FIRST_PASSWORD_NEEDS_FRESH_CODE_SIGN_IN(403, 6032, OURS),
  RESET_TOKEN_INVALID(400, 6033, OURS),
  SMS_IP_DAY_LIMIT(429, 6029, OURS),
  SMS_ACCOUNT_DAY_LIMIT(429, 6030, OURS),
  REQUEST_UNREADABLE(400, 6031, OURS),
  ACCOUNT_SUSPENDED(403, 6034, OURS),
  ACCESS_KEY_INVALID(401, 6035, OURS),
  MANAGEMENT_TOKEN_REQUIRED(401, 6036, OURS),
  ACCESS_KEY_READ_ONLY(403, 6037, OURS),
  SMS_NUMBER_BLOCKED(403, 6038, OURS),
  MANAGEMENT_CALLS_LIMIT(429, 6039, OURS),
  EMAIL_ALREADY_BOUND(409, 6040, OURS),
  USER_ALREADY_HAS_EMAIL(409, 6041, OURS),
  NO_EMAIL_BOUND(400, 6042, OURS),
  SAME_EMAIL(400, 6043, OURS),
  PHONE_CLAIM_PENDING(202, 6044, OURS),
  PHONE_UNDER_CLAIM(403, 6045, OURS),
  PHONE_CHANGE_PENDING(409, 6046, OURS),
  LINK_INVALID(400, 6047, OURS),
  SMS_NUMBER_TYPE_REFUSED(403, 6048, OURS),
  SMS_RANGE_BLOCKED(403, 6049, OURS),
  SMS_COUNTRY_SURGE(403, 6050, OURS),
  NOT_FOUND(404, 6404, OURS),
  METHOD_NOT_ALLOWED(405, 6405, OURS),
  NOT_ACCEPTABLE(406, 6406, OURS),
  UNSUPPORTED_MEDIA_TYPE(415, 6415, OURS),
  NOT_READY(503, 6503, OURS);

  /** Whose number an apiCode is. */
  public enum Source {
    /** Authing's documentation or SDK sources give this number for the same error. */
    AUTHING,
    /** Authing has none (that we found): the number is ours. */
    OURS
  }

  private final int statusCode;
  private final int apiCode;
  private final Source source;

  ErrorKind(int statusCode, int apiCode, Source source) {
    this.statusCode = statusCode;
    this.apiCode = apiCode;
    this.source = source;
  }

  public Source source() {
    return source;
  }

  /** The business status, as in Authing's envelope (400, 401, 409, 429, ...). */
  public int statusCode() {
    return statusCode;
  }

  /** The fine-grained, stable error number. */
  public int apiCode() {
    return apiCode;
  }

  public String messageKey() {
    return "error." + name();
  }
}
