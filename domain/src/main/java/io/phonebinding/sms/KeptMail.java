package io.phonebinding.sms;

import io.phonebinding.mail.MailMessage;
import java.time.Instant;
import java.util.Optional;

/**
 * An e-mail of the outbox as development mode shows it: subject, language and text (null once
 * erased), and where its delivery stands.
 */
public record KeptMail(
    String to,
    String purpose,
    String subject,
    String language,
    String text,
    Instant createdAt,
    OutboxStatus status,
    int attempts) {

  static KeptMail of(OutboxMessage message, Optional<MailMessage> mail) {
    return new KeptMail(
        message.emailTo(),
        message.purpose(),
        mail.map(MailMessage::subject).orElse(null),
        mail.map(kept -> kept.language().toLanguageTag()).orElse(null),
        mail.map(MailMessage::text).orElse(null),
        message.createdAt(),
        message.status(),
        message.attempts());
  }
}
