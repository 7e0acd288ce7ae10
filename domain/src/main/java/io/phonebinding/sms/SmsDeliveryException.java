package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;

/** A provider did not accept a message. */
public class SmsDeliveryException extends Exception {

  private final boolean retryable;

  public SmsDeliveryException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public SmsDeliveryException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /**
   * The same failure with phone numbers and codes in its message masked: provider answers echo
   * them, and the message is logged and stored.
   */
  public SmsDeliveryException masked() {
    return new SmsDeliveryException(PhoneNumber.maskNumbersIn(getMessage()), retryable, getCause());
  }

  /** True for outages, timeouts, throttling and server errors; false for refusals. */
  public boolean isRetryable() {
    return retryable;
  }

  /** How an HTTP status from a provider is to be read: 408, 429 and 5xx are worth a retry. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
