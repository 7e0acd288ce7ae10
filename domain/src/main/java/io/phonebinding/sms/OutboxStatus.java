package io.phonebinding.sms;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
  /** Waiting for its (next) delivery attempt. */
  PENDING,
  /** Claimed by a dispatcher, which is calling the provider; the lease says until when. */
  SENDING,
  /** Accepted by the provider. */
  SENT,
  /** Given up on: refused by the provider, or retried until the give-up time. */
  FAILED,
  /** Its code expired before it could be delivered, so it was not sent late. */
  EXPIRED
}
