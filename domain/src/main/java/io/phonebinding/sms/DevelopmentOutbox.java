package io.phonebinding.sms;

import io.phonebinding.config.Settings;
import io.phonebinding.error.ResourceNotFoundException;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every message queued for a phone, whatever became of it, read from the outbox. Exists in
 * development mode only: the texts hold codes.
 */
@ApplicationScoped
public class DevelopmentOutbox {

  private static final int MAX_MESSAGES = 50;

  @Inject OutboxStore outbox;

  @Inject Settings settings;

  /**
   * The messages sent to a phone, newest first.
   *
   * @throws ResourceNotFoundException in production mode, where this outbox does not exist
   */
  public List<OutboxMessage> messagesTo(PhoneNumber phone) {
    if (!settings.isDevelopmentMode()) {
      throw new ResourceNotFoundException();
    }
    return outbox.messagesTo(phone, MAX_MESSAGES);
  }
}
