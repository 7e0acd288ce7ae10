package io.phonebinding.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * One e-mail to one address, in plain text. {@code purpose} is the channel of a code ({@code
 * CHANNEL_BIND_EMAIL}, ...) or the kind of notice; {@code language} the language it is written in.
 */
public record MailMessage(String to, String purpose, String subject, String text, Locale language) {

  public MailMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(text);
    Objects.requireNonNull(language);
  }
}
