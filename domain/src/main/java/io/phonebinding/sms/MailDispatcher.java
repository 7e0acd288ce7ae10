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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
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

  private final ReentrantLock pass = new ReentrantLock();
  private final AtomicBoolean nudged = new AtomicBoolean();
  private volatile boolean stopping;

  /** Asks for a pass as soon as possible, without waiting for it. */
  public void dispatchSoon() {
    if (!stopping && nudged.compareAndSet(false, true)) {
      try {
        executor.execute(this::dispatchDue);
      } catch (RuntimeException rejected) {
        nudged.set(false);
      }
    }
  }

  /** Sends what is due now; returns how many e-mails were tried. */
  public int dispatchDue() {
    if (stopping || !pass.tryLock()) {
      nudged.set(false);
      return 0;
    }
    try {
      nudged.set(false);
      int tried = 0;
      Optional<QueuedMail> next;
      while (!stopping
          && (next = outbox.claimNextMail(clock.instant(), settings.lease())).isPresent()) {
        deliver(next.get());
        tried++;
      }
      return tried;
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "Mail dispatch pass failed; the next one will retry", unexpected);
      return 0;
    } finally {
      pass.unlock();
    }
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
    stopping = true;
    try {
      if (pass.tryLock(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
        pass.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
