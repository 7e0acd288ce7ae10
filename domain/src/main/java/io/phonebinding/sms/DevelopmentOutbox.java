package io.phonebinding.sms;

import io.phonebinding.config.Settings;
import io.phonebinding.error.ResourceNotFoundException;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the messages the development sender kept. Exists in development mode only. */
@ApplicationScoped
public class DevelopmentOutbox {

  private static final int MAX_MESSAGES = 50;

  @PersistenceContext EntityManager entityManager;

  @Inject Settings settings;

  /**
   * The messages sent to a phone, newest first.
   *
   * @throws ResourceNotFoundException in production mode, where this outbox does not exist
   */
  @Transactional
  public List<SentSms> messagesTo(PhoneNumber phone) {
    if (!settings.isDevelopmentMode()) {
      throw new ResourceNotFoundException();
    }
    return entityManager
        .createNamedQuery(SentSms.FIND_BY_RECIPIENT, SentSms.class)
        .setParameter("recipient", phone.e164())
        .setMaxResults(MAX_MESSAGES)
        .getResultList();
  }
}
