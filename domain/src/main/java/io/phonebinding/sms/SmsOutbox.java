package io.phonebinding.sms;

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
 * The {@link SmsSender} of the service: writes each message into the outbox in the caller's
 * transaction, and asks the dispatcher to deliver it as soon as that transaction has committed.
 * Nothing here talks to a provider, so an outage never blocks or fails a request.
 */
@ApplicationScoped
public class SmsOutbox implements SmsSender {

  private static final Logger LOG = Logger.getLogger(SmsOutbox.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject SmsDispatcher dispatcher;

  @Inject SmsDeliverySettings settings;

  @Inject OutboxCipher cipher;

  @Inject Clock clock;

  @Override
  public void send(SmsMessage message) {
    OutboxMessage queued =
        new OutboxMessage(message, cipher, clock.instant(), settings.giveUpAfter());
    entityManager.persist(queued);
    LOG.fine(() -> "Queued SMS to " + message.to().masked() + " for " + message.purpose());
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              dispatcher.dispatchSoon();
            }
          }
        });
  }
}
