package io.phonebinding.sms;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** A receipt that is not the provider's: unsigned, wrongly signed, stale, or from elsewhere. */
public class ForgedReceiptException extends BusinessException {

  private final String why;

  public ForgedReceiptException(String why) {
    super(ErrorKind.FORBIDDEN);
    this.why = why;
  }

  /** Why it was refused, for the log (never for the caller). */
  public String why() {
    return why;
  }
}
