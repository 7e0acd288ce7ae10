package io.phonebinding.operator;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** A management call refused: a wrong or revoked key, no management token, a read-only key. */
public class OperatorRefusedException extends BusinessException {

  public OperatorRefusedException(ErrorKind kind) {
    super(kind);
  }
}
