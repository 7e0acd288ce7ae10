package io.phonebinding.operator;

import io.phonebinding.error.ErrorKind;

/** Who acts on the operator's desk: an access key, by id and name, with its scope. */
public record Operator(String keyId, String name, AccessKeyScope scope) {

  /**
   * @throws OperatorRefusedException with {@code ACCESS_KEY_READ_ONLY} for a key that may only read
   */
  public void requireWrite() {
    if (scope != AccessKeyScope.WRITE) {
      throw new OperatorRefusedException(ErrorKind.ACCESS_KEY_READ_ONLY);
    }
  }
}
