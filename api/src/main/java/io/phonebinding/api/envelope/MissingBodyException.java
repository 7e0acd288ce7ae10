package io.phonebinding.api.envelope;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** A POST arrived without a JSON body (or with {@code null}). */
public class MissingBodyException extends BusinessException {

  public MissingBodyException() {
    super(ErrorKind.MALFORMED_REQUEST);
  }

  /** The body itself, or this exception when there is none. */
  public static <T> T require(T body) {
    if (body == null) {
      throw new MissingBodyException();
    }
    return body;
  }
}
