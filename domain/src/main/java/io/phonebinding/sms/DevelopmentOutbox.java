package io.phonebinding.sms;

import io.phonebinding.error.ResourceNotFoundException;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every message queued for a phone or an address, whatever became of it, read from the outbox. The
 * mail server still gets the e-mail; the outbox keeps its text too. Exists only while the
 * development provider delivers (which production mode refuses): the texts hold codes, and with a
 * real provider they are live codes on real phones.
 */
@ApplicationScoped
public class DevelopmentOutbox {

  private static final int MAX_MESSAGES = 50;

  @Inject OutboxStore outbox;

  @Inject SmsDeliverySettings delivery;

  /**
   * The messages sent to a phone, newest first.
   *
   * @throws ResourceNotFoundException with a real provider, where this outbox does not exist
   */
  public List<KeptSms> messagesTo(PhoneNumber phone) {
    requireExists();
    return outbox.messagesTo(phone, MAX_MESSAGES);
  }

  /**
   * The e-mail sent to an address, newest first.
   *
   * @throws ResourceNotFoundException with a real provider, where this outbox does not exist
   */
  public List<KeptMail> mailTo(String address) {
    requireExists();
    return outbox.mailTo(address, MAX_MESSAGES);
  }

  /** Only the development provider, and so never production mode (which refuses it). */
  public boolean exists() {
    return delivery.isDevelopmentProvider();
  }

  /**
   * @throws ResourceNotFoundException with a real provider, where this outbox does not exist
   */
  public void requireExists() {
    if (!exists()) {
      throw new ResourceNotFoundException();
    }
  }
}
