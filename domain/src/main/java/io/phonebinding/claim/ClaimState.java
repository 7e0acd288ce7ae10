package io.phonebinding.claim;

/** Where a claim on a number stands. */
public enum ClaimState {
  /** Waiting for its delay; the holder is told and may keep the number. */
  PENDING,
  /** The holder kept the number through the link: an operator decides. */
  DISPUTED,
  /** The number moved to the claimant. */
  COMPLETED,
  /** The holder proved the number again, or either side's number changed meanwhile. */
  CANCELLED,
  /** An operator left the number with its holder. */
  REFUSED;

  /** Whether the claim still stands, the number's holder unable to sign in with it. */
  public boolean isOpen() {
    return this == PENDING || this == DISPUTED;
  }
}
