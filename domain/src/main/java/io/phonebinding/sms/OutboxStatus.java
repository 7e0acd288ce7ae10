package io.phonebinding.sms;

/** Where a message of the outbox (a delivery group) stands. */
public enum OutboxStatus {
  /** Waiting for its (next) attempt. */
  PENDING(false),
  /** Claimed by a dispatcher, which is calling a provider; the lease says until when. */
  SENDING(false),
  /** Accepted by a provider that sends receipts: waiting for one, then the next provider. */
  ACCEPTED(false),
  /** Accepted by a provider that sends no receipts: as far as anyone can tell. */
  SENT(true),
  /** A provider's receipt says the phone got it. */
  DELIVERED(true),
  /** Given up on: the number refused, no provider left, past the give-up time. */
  FAILED(true),
  /** Its code expired before it could be delivered, so it was not sent late. */
  EXPIRED(true),
  /** Nothing more to send: its code was used (so it arrived), or replaced by a newer one. */
  SETTLED(true);

  private final boolean finished;

  OutboxStatus(boolean finished) {
    this.finished = finished;
  }

  /** Whether no attempt will be made any more. */
  public boolean isFinal() {
    return finished;
  }
}
