package io.phonebinding.sms;

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

  /** True for outages, timeouts, throttling and server errors; false for refusals. */
  public boolean isRetryable() {
    return retryable;
  }

  /** How an HTTP status from a provider is to be read: 408, 429 and 5xx are worth a retry. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
