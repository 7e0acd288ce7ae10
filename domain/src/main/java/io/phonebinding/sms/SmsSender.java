package io.phonebinding.sms;

/**
 * Queues text messages for delivery. Called inside the transaction that issued the code or made the
 * change, so the message commits (or rolls back) with it; delivery happens afterwards and never
 * blocks the caller.
 */
public interface SmsSender {

  void send(SmsMessage message);
}
