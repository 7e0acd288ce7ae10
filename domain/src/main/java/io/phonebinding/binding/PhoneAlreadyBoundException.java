package io.phonebinding.binding;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** The phone belongs to another account. Only said to a caller who proved they own the phone. */
public class PhoneAlreadyBoundException extends BusinessException {

  public PhoneAlreadyBoundException() {
    super(ErrorKind.PHONE_ALREADY_BOUND);
  }
}
