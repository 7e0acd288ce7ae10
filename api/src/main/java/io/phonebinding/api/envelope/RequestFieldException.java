package io.phonebinding.api.envelope;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import java.util.Map;

/**
 * A part of the request that only the wire format knows (the body, a payload object, a connection
 * or method name, a query parameter) is missing or wrong; named as the client sent it.
 */
public class RequestFieldException extends BusinessException {

  public RequestFieldException(ErrorKind kind, String field) {
    super(kind, field);
  }

  /** With data the client may act on, such as the longest value the field takes. */
  public RequestFieldException(ErrorKind kind, String field, Map<String, Object> data) {
    super(kind, data, field);
  }

  public static RequestFieldException required(String field) {
    return new RequestFieldException(ErrorKind.FIELD_REQUIRED, field);
  }

  public static RequestFieldException invalid(String field) {
    return new RequestFieldException(ErrorKind.FIELD_INVALID, field);
  }

  /**
   * Authing's {@code verifyMethod}: this server verifies by a code sent to the phone only.
   *
   * @throws RequestFieldException when it is missing or names another method
   */
  public static void requirePhonePassCode(String verifyMethod) {
    requireVerifyMethod(verifyMethod, "PHONE_PASSCODE");
  }

  /**
   * Authing's {@code verifyMethod} of an e-mail change: by codes sent to the addresses only.
   *
   * @throws RequestFieldException when it is missing or names another method
   */
  public static void requireEmailPassCode(String verifyMethod) {
    requireVerifyMethod(verifyMethod, "EMAIL_PASSCODE");
  }

  private static void requireVerifyMethod(String verifyMethod, String supported) {
    if (verifyMethod == null || verifyMethod.isBlank()) {
      throw required("verifyMethod");
    }
    if (!supported.equals(verifyMethod)) {
      throw new RequestFieldException(ErrorKind.VERIFY_METHOD_NOT_SUPPORTED, "verifyMethod");
    }
  }

  /**
   * Authing's {@code passwordEncryptType}: passwords travel in the clear (over TLS) only.
   *
   * @throws RequestFieldException for anything but {@code none} or nothing
   */
  public static void requirePlainPassword(String passwordEncryptType) {
    if (passwordEncryptType != null
        && !passwordEncryptType.isBlank()
        && !"none".equals(passwordEncryptType)) {
      throw invalid("passwordEncryptType");
    }
  }
}
