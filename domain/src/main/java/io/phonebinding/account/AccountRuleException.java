package io.phonebinding.account;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** A change of the account's e-mail or password that its rules do not allow now. */
public class AccountRuleException extends BusinessException {

  public AccountRuleException(ErrorKind kind) {
    super(kind);
  }
}
