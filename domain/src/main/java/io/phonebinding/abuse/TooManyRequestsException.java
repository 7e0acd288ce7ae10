package io.phonebinding.abuse;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import java.util.Map;

/** A limit was hit; the caller may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends BusinessException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(ErrorKind kind, long retryAfterSeconds) {
    super(kind, Map.of("retryAfterSeconds", retryAfterSeconds), retryAfterSeconds);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
