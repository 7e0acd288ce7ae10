package io.phonebinding.session;

import io.phonebinding.transaction.RecordedRefusal;

/**
 * A refused token request. It is no business error of Authing's envelope: the token endpoints
 * answer in OAuth's own format.
 */
public class GrantRefusedException extends RuntimeException implements RecordedRefusal {

  private final GrantRefusal refusal;

  public GrantRefusedException(GrantRefusal refusal, String description) {
    super(description, null, false, false);
    this.refusal = refusal;
  }

  public GrantRefusal refusal() {
    return refusal;
  }

  public String description() {
    return getMessage();
  }
}
