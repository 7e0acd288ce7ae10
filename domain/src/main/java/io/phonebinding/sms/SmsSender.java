package io.phonebinding.sms;

/**
 * Delivers text messages. Called inside the transaction that issued the code, so an
 * implementation must only record the message there and never block on a provider.
 */
public interface SmsSender {

  void send(SmsMessage message);
}
