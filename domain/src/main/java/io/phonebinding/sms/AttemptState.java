package io.phonebinding.sms;

/**
 * Where one try of one provider stands. States only move forward: a receipt that comes late or
 * twice (a "sent" after "delivered") changes nothing; only a provider's receipt may still overrule
 * our own judgement that none came.
 */
public enum AttemptState {
  /** Being handed to the provider (an attempt is made when its group is claimed for it). */
  SUBMITTING(1),
  /** The provider took it; its receipt is awaited, if it sends any. */
  ACCEPTED(2),
  /** No receipt came in time: the group moved on. */
  NO_RECEIPT(3),
  /** The provider's receipt says the phone got it. */
  DELIVERED(4),
  /** The provider's receipt says it did not reach the phone. */
  UNDELIVERED(4),
  /** The provider refused it, or its receipt says it failed. */
  FAILED(4);

  private final int rank;

  AttemptState(int rank) {
    this.rank = rank;
  }

  /** Whether a state may follow this one: only a later one. */
  public boolean mayBecome(AttemptState next) {
    return next.rank > rank;
  }

  /** Whether the phone got it, or certainly did not: nothing will change it any more. */
  public boolean isFinal() {
    return rank == 4;
  }
}
