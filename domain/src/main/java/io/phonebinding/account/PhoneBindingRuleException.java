package io.phonebinding.account;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** A change of the bound phone that the account's rules do not allow. */
public class PhoneBindingRuleException extends BusinessException {

  public PhoneBindingRuleException(ErrorKind kind) {
    super(kind);
  }
}
