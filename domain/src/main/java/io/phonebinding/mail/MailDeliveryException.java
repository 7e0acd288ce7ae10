package io.phonebinding.mail;

/** The mail server did not take a message; the outbox tries again later. */
public class MailDeliveryException extends Exception {

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
