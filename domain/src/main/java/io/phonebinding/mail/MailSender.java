package io.phonebinding.mail;

/**
 * Queues e-mail for delivery, in the caller's transaction, like SMS: the mail commits (or rolls
 * back) with the code or the change it tells of, and is delivered afterwards.
 */
public interface MailSender {

  void send(MailMessage message);
}
