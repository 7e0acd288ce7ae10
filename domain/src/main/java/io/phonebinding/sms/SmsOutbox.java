package io.phonebinding.sms;

import io.phonebinding.mail.EmailAddresses;
import io.phonebinding.mail.MailMessage;
import io.phonebinding.mail.MailSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The {@link SmsSender} and {@link MailSender} of the service: writes each text message and each
 * e-mail into the outbox in the caller's transaction, and asks the dispatcher to deliver it as soon
 * as that transaction has committed. Nothing here talks to a provider, so an outage never blocks or
 * fails a request.
 */
@ApplicationScoped
public class SmsOutbox implements SmsSender, MailSender {

  private static final Logger LOG = Logger.getLogger(SmsOutbox.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject SmsDispatcher dispatcher;

  @Inject MailDispatcher mailDispatcher;

  @Inject SmsDeliverySettings settings;

  @Inject OutboxCipher cipher;

  @Inject Clock clock;

  @Override
  public void send(SmsMessage message) {
    queue(
        new OutboxMessage(message, cipher, clock.instant(), settings.giveUpAfter()),
        dispatcher::dispatchSoon);
    LOG.fine(() -> "Queued SMS to " + message.to().masked() + " for " + message.purpose());
  }

  @Override
  public void send(MailMessage message) {
    queue(
        new OutboxMessage(message, cipher, clock.instant(), settings.giveUpAfter()),
        mailDispatcher::dispatchSoon);
    LOG.fine(
        () ->
            "Queued e-mail to "
                + EmailAddresses.masked(message.to())
                + " for "
                + message.purpose());
  }

  /** Writes the message, and asks its dispatcher for a pass once the transaction commits. */
  private void queue(OutboxMessage queued, Runnable dispatchSoon) {
    entityManager.persist(queued);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              dispatchSoon.run();
            }
          }
        });
  }
}
