package io.phonebinding.account;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** The user has a phone already; binding another one is a change of phone. */
public class UserAlreadyHasPhoneException extends BusinessException {

  public UserAlreadyHasPhoneException() {
    super(ErrorKind.USER_ALREADY_HAS_PHONE);
  }
}
