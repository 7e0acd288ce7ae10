package io.phonebinding.sms;

import io.phonebinding.mail.MailMessage;

/** An e-mail of the outbox claimed for one try with the mail server. */
public record QueuedMail(long id, MailMessage mail) {}
