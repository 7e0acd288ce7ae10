package io.phonebinding.code;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/**
 * A one-time code was wrong, expired, already spent, dead after too many tries, or never sent.
 * Services let the transaction commit on this exception, so the used-up try is kept.
 */
public class CodeRejectedException extends BusinessException {

  public CodeRejectedException(ErrorKind reason) {
    super(reason);
  }
}
