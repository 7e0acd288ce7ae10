package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server in the test JVM (GreenMail), on the port the test server mails to
 * (arquillian.xml): what the service sends is read as a mail client would. A test class registers
 * it ({@code @RegisterExtension}); it runs for the class's tests.
 */
final class MailServer implements BeforeAllCallback, AfterAllCallback {

  static final int PORT = Integer.getInteger("phonebinding.it.smtp-port", 3925);

  private GreenMail greenMail;

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts listening, with no mail received. */
  void start() {
    greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Stops listening: the service's mail waits in its outbox meanwhile. */
  void stop() {
    greenMail.stop();
  }

  /** A received mail as its reader sees it. */
  record Mail(String to, String subject, String language, String text) {}

  /** The newest mail to an address, waiting for it to arrive. */
  Mail awaitNewestTo(String address, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Mail> newest = newestTo(address);
      if (newest.isPresent()) {
        return newest.get();
      }
      sleep();
    }
    throw new AssertionError("no mail to " + address + " within " + timeout);
  }

  /** How many mails an address has received. */
  int countTo(String address) {
    return mailsTo(address).size();
  }

  /** Waits until an address has received this many mails; returns the newest. */
  Mail awaitCount(String address, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Mail> mails = mailsTo(address);
      if (mails.size() >= count) {
        return mails.get(mails.size() - 1);
      }
      sleep();
    }
    throw new AssertionError(
        "mail to " + address + ": " + countTo(address) + " of " + count + " within " + timeout);
  }

  private Optional<Mail> newestTo(String address) {
    List<Mail> mails = mailsTo(address);
    return mails.isEmpty() ? Optional.empty() : Optional.of(mails.get(mails.size() - 1));
  }

  private List<Mail> mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> addressedTo(message, address))
        .map(MailServer::read)
        .toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Mail read(MimeMessage message) {
    try {
      Object content = message.getContent();
      assertTrue(content instanceof String, () -> "not plain text: " + content);
      return new Mail(
          message.getRecipients(Message.RecipientType.TO)[0].toString(),
          message.getSubject(),
          message.getHeader("Content-Language", null),
          (String) content);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
