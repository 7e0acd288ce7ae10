package io.phonebinding.sms;

/** Hands messages to an SMS service: the development log, Twilio, Aliyun or a webhook. */
public interface SmsProvider {

  /** The name the operator selects it by ({@code phonebind.sms.provider}). */
  String name();

  /**
   * Delivers one message and returns the provider's id for it.
   *
   * @throws SmsDeliveryException when the provider did not accept it; {@link
   *     SmsDeliveryException#isRetryable()} tells whether trying again may help
   */
  String deliver(OutgoingSms message) throws SmsDeliveryException;
}
