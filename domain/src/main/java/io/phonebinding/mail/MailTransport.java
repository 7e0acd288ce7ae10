package io.phonebinding.mail;

/** Hands one e-mail to the mail server (SMTP through the application server's mail session). */
public interface MailTransport {

  /**
   * @throws MailDeliveryException when the mail server cannot be reached or refuses the mail
   */
  void send(MailMessage message) throws MailDeliveryException;
}
