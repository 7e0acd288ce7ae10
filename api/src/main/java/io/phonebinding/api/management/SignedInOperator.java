package io.phonebinding.api.management;

import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.operator.ManagementCallLimits;
import io.phonebinding.operator.ManagementTokens;
import io.phonebinding.operator.Operator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The operator behind the call's management token, as Authing's {@code ManagementClient} sends it
 * (the bare token in {@code Authorization}; its signature headers are not needed and not read).
 * Each call counts against the key's calls per minute.
 */
@RequestScoped
public class SignedInOperator {

  @Inject CallContext call;

  @Inject ManagementTokens tokens;

  @Inject ManagementCallLimits limits;

  private Operator operator;

  /**
   * @throws io.phonebinding.operator.OperatorRefusedException without a live management token
   * @throws io.phonebinding.abuse.TooManyRequestsException past the key's calls per minute
   */
  public Operator operator() {
    if (operator == null) {
      Operator checked = tokens.operatorOf(call.bearerToken());
      limits.admit(checked);
      operator = checked;
    }
    return operator;
  }

  /** The operator, who must hold a key of write scope. */
  public Operator writer() {
    Operator writer = operator();
    writer.requireWrite();
    return writer;
  }
}
