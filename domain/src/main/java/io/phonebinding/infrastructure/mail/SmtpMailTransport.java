package io.phonebinding.infrastructure.mail;

import io.phonebinding.mail.MailDeliveryException;
import io.phonebinding.mail.MailMessage;
import io.phonebinding.mail.MailTransport;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through WildFly's mail subsystem: the session {@code java:jboss/mail/phonebind}, whose
 * SMTP host, port, TLS, credentials and sender address are the server's settings ({@code
 * PHONEBIND_SMTP_*}, {@code PHONEBIND_MAIL_FROM}).
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

  @Resource(lookup = "java:jboss/mail/phonebind")
  Session session;

  @Inject
  @ConfigProperty(name = "phonebind.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "phonebind.smtp.password")
  Optional<String> password;

  /** How long a connection to the mail server, and each read and write on it, may take. */
  private static final String TIMEOUT_MILLIS = "10000";

  private volatile Session withTimeouts;

  @Override
  public void send(MailMessage message) throws MailDeliveryException {
    try {
      MimeMessage mime = new MimeMessage(sessionWithTimeouts());
      mime.setFrom();
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mime.setText(message.text(), StandardCharsets.UTF_8.name());
      mime.setHeader("Content-Language", message.language().toLanguageTag());
      mime.setSentDate(new Date());
      Optional<String> user = username.filter(name -> !name.isBlank());
      if (user.isPresent()) {
        Transport.send(mime, user.get(), password.orElse(""));
      } else {
        Transport.send(mime);
      }
    } catch (MessagingException failed) {
      throw new MailDeliveryException("mail server: " + failed.getMessage(), failed);
    }
  }

  /**
   * The server's session with timeouts (Jakarta Mail waits forever by default, and a mail server
   * that never answers would hold the mail dispatcher).
   */
  private Session sessionWithTimeouts() {
    if (withTimeouts == null) {
      Properties properties = new Properties();
      properties.putAll(session.getProperties());
      for (String protocol : new String[] {"smtp", "smtps"}) {
        for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
          properties.putIfAbsent("mail." + protocol + "." + timeout, TIMEOUT_MILLIS);
        }
      }
      withTimeouts = Session.getInstance(properties);
    }
    return withTimeouts;
  }
}
