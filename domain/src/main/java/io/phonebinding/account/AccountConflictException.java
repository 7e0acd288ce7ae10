package io.phonebinding.account;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** A sign-up collides with an existing account (same username or email). */
public class AccountConflictException extends BusinessException {

  public AccountConflictException(ErrorKind kind) {
    super(kind);
  }
}
