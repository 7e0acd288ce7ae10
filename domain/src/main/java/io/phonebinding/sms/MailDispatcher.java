package io.phonebinding.sms;

import io.phonebinding.mail.EmailAddresses;
import io.phonebinding.mail.MailDeliveryException;
import io.phonebinding.mail.MailTransport;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers the e-mail of the outbox to the mail server, with the text messages' retries and give-up
 * time, in passes of its own: a slow mail server never holds up a code by SMS. Runs on the dispatch
 * schedule and right after each commit that queued an e-mail; development mode keeps what was sent
 * readable.
 */
@ApplicationScoped
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @Inject OutboxStore outbox;

  @Inject SmsDeliverySettings settings;

  @Inject MailTransport mailServer;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private final DispatchPasses passes = new DispatchPasses(LOG);

  /** Asks for a pass as soon as possible, without waiting for it. */
  public void dispatchSoon() {
    passes.soon(executor, this::dispatchDue);
  }

  /** Sends what is due now; returns how many e-mails were tried. */
  public int dispatchDue() {
    return passes.run(
        () -> {},
        () -> {
          Optional<QueuedMail> next = outbox.claimNextMail(clock.instant(), settings.lease());
          next.ifPresent(this::deliver);
          return next.isPresent();
        });
  }

  private void deliver(QueuedMail queued) {
    try {
      mailServer.send(queued.mail());
      outbox.mailSent(queued.id(), settings.isDevelopmentProvider(), clock.instant());
    } catch (MailDeliveryException failed) {
      int attempts = outbox.attemptsOf(queued.id());
      outbox.mailFailed(
          queued.id(), failed.getMessage(), settings.retryDelay(attempts), clock.instant());
      LOG.warning(
          () ->
              "E-mail "
                  + queued.id()
                  + " to "
                  + EmailAddresses.masked(queued.mail().to())
                  + " not delivered (attempt "
                  + attempts
                  + "): "
                  + failed.getMessage());
    }
  }

  /** Lets the pass in flight finish its call to the mail server and record it before shutdown. */
  @PreDestroy
  public void finishInFlight() {
    passes.finish(settings.lease());
  }
}
