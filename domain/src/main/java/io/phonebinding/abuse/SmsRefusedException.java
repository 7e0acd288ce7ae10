package io.phonebinding.abuse;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** SMS is switched off, or not allowed to the number's country. */
public class SmsRefusedException extends BusinessException {

  public SmsRefusedException(ErrorKind kind) {
    super(kind);
  }
}
