package io.phonebinding.error;

/**
 * Every error the service can answer with: its business status and its stable {@code apiCode}.
 *
 * <p>Where Authing documents a code for the same error we use Authing's number, so client code
 * written against Authing keeps working; the 6xxx numbers are ours and stay stable once published.
 * The localized message for a kind is {@code error.<NAME>} in the {@code messages} bundle.
 */
public enum ErrorKind {
  INTERNAL_ERROR(500, 1000),
  FORBIDDEN(403, 1001),
  CODE_INCORRECT(400, 2001),
  EMAIL_INVALID(400, 2003),
  NOT_SIGNED_IN(401, 2020),
  ACCOUNT_EXISTS(409, 2026),
  USER_NOT_FOUND(404, 2004),
  PASSWORD_TOO_SHORT(400, 2029),
  USERNAME_TAKEN(409, 2034),
  PHONE_ALREADY_BOUND(409, 2035),
  OLD_PHONE_MISMATCH(400, 2038),
  SAME_PHONE(400, 2230),
  CODE_EXPIRED(400, 2300),
  CREDENTIALS_INVALID(400, 2333),
  MALFORMED_REQUEST(400, 6001),
  FIELD_REQUIRED(400, 6002),
  FIELD_INVALID(400, 6003),
  PHONE_INVALID(400, 6004),
  CHANNEL_UNKNOWN(400, 6005),
  CHANNEL_NOT_SUPPORTED(400, 6006),
  CODE_ALREADY_USED(400, 6007),
  CODE_TOO_MANY_ATTEMPTS(400, 6008),
  USER_ALREADY_HAS_PHONE(409, 6009),
  SMS_TOO_FREQUENT(429, 6010),
  TOKEN_INVALID(401, 6011),
  TOKEN_EXPIRED(401, 6012),
  CONNECTION_NOT_SUPPORTED(400, 6013),
  USERNAME_INVALID(400, 6014),
  NO_PHONE_BOUND(400, 6015),
  PHONE_IS_ONLY_SIGN_IN(403, 2217),
  UPDATE_TOKEN_INVALID(400, 6017),
  SMS_PHONE_LIMIT(429, 6018),
  SMS_IP_LIMIT(429, 6019),
  SMS_ACCOUNT_LIMIT(429, 6020),
  SMS_DISABLED(403, 6021),
  SMS_COUNTRY_NOT_ALLOWED(403, 6022),
  SIGNIN_TOO_MANY_FAILURES(429, 6023),
  VERIFY_METHOD_NOT_SUPPORTED(400, 6024),
  PASSWORD_CHECKS_BUSY(429, 6025),
  BINDING_REFUSALS_LIMIT(429, 6026),
  SIGNUP_IP_LIMIT(429, 6027),
  TOKEN_REVOKED(401, 6028),
  SMS_IP_DAY_LIMIT(429, 6029),
  SMS_ACCOUNT_DAY_LIMIT(429, 6030),
  REQUEST_UNREADABLE(400, 6031),
  NOT_FOUND(404, 6404),
  METHOD_NOT_ALLOWED(405, 6405),
  NOT_ACCEPTABLE(406, 6406),
  UNSUPPORTED_MEDIA_TYPE(415, 6415);

  private final int statusCode;
  private final int apiCode;

  ErrorKind(int statusCode, int apiCode) {
    this.statusCode = statusCode;
    this.apiCode = apiCode;
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
