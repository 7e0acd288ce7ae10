package io.phonebinding.account;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** The caller is not who they claim: no token, a bad or expired token, or wrong credentials. */
public class AuthenticationException extends BusinessException {

  public AuthenticationException(ErrorKind kind) {
    super(kind);
  }
}
