package io.phonebinding.code;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.transaction.RecordedRefusal;

/**
 * A one-time code was wrong, expired, already spent, dead after too many tries, or never sent. Its
 * transaction commits, so the used-up try is kept.
 */
public class CodeRejectedException extends BusinessException implements RecordedRefusal {

  public CodeRejectedException(ErrorKind reason) {
    super(reason);
  }
}
