package io.phonebinding.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The default sender: delivers nothing, keeps every message in the database so that a developer
 * (or a test) can read it in development mode, and logs that it did so. The log line leaves the
 * text out: it holds the code.
 */
@ApplicationScoped
public class DevelopmentSmsSender implements SmsSender {

  private static final Logger LOG = Logger.getLogger(DevelopmentSmsSender.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject Clock clock;

  @Override
  public void send(SmsMessage message) {
    entityManager.persist(new SentSms(message, clock.instant()));
    LOG.info(
        () ->
            "Development SMS to "
                + message.to().masked()
                + " on "
                + message.purpose()
                + " kept for GET /api/dev/sms");
  }
}
