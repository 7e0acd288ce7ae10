package io.phonebinding.code;

import io.phonebinding.error.ErrorKind;
import java.util.Optional;

/** The outcome of checking a code: accepted, or refused for a reason. */
public final class Verification {

  private static final Verification ACCEPTED = new Verification(null);

  private final ErrorKind refusal;

  private Verification(ErrorKind refusal) {
    this.refusal = refusal;
  }

  static Verification accepted() {
    return ACCEPTED;
  }

  static Verification refused(ErrorKind reason) {
    return new Verification(reason);
  }

  public boolean isAccepted() {
    return refusal == null;
  }

  public Optional<ErrorKind> refusal() {
    return Optional.ofNullable(refusal);
  }
}
