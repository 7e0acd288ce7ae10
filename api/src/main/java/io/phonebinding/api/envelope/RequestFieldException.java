package io.phonebinding.api.envelope;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/**
 * A part of the request that only the wire format knows (the body, a payload object, a connection
 * or method name, a query parameter) is missing or wrong; named as the client sent it.
 */
public class RequestFieldException extends BusinessException {

  public RequestFieldException(ErrorKind kind, String field) {
    super(kind, field);
  }

  public static RequestFieldException required(String field) {
    return new RequestFieldException(ErrorKind.FIELD_REQUIRED, field);
  }

  public static RequestFieldException invalid(String field) {
    return new RequestFieldException(ErrorKind.FIELD_INVALID, field);
  }
}
