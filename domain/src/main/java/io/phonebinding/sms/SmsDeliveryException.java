package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;

/** A provider did not accept a message. */
public class SmsDeliveryException extends Exception {

  /** What a refusal means for the message's delivery group. */
  public enum Failure {
    /** An outage, a timeout, throttling, a server error: this provider may take it later. */
    RETRYABLE,
    /** This provider will not take it (credentials, configuration, a template): another may. */
    PROVIDER_REFUSED,
    /** The number itself is refused (invalid, unsubscribed, fraud): no provider is tried. */
    NUMBER_REFUSED
  }

  private final Failure failure;

  public SmsDeliveryException(String message, boolean retryable) {
    this(message, retryable ? Failure.RETRYABLE : Failure.PROVIDER_REFUSED, null);
  }

  public SmsDeliveryException(String message, boolean retryable, Throwable cause) {
    this(message, retryable ? Failure.RETRYABLE : Failure.PROVIDER_REFUSED, cause);
  }

  public SmsDeliveryException(String message, Failure failure, Throwable cause) {
    super(message, cause);
    this.failure = failure;
  }

  /** The number is refused: the group ends with no other provider tried. */
  public static SmsDeliveryException numberRefused(String message) {
    return new SmsDeliveryException(message, Failure.NUMBER_REFUSED, null);
  }

  /**
   * The same failure with phone numbers and codes in its message masked: provider answers echo
   * them, and the message is logged and stored.
   */
  public SmsDeliveryException masked() {
    return new SmsDeliveryException(PhoneNumber.maskNumbersIn(getMessage()), failure, getCause());
  }

  public Failure failure() {
    return failure;
  }

  /** True for outages, timeouts, throttling and server errors; false for refusals. */
  public boolean isRetryable() {
    return failure == Failure.RETRYABLE;
  }

  /** How an HTTP status from a provider is to be read: 408, 429 and 5xx are worth a retry. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
