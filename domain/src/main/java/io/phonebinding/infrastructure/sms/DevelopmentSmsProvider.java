package io.phonebinding.infrastructure.sms;

import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The default provider: delivers nothing and logs that it would have. The text stays out of the log
 * (it holds the code); in development mode it can be read from the outbox at {@code /api/dev/sms}.
 */
@ApplicationScoped
public class DevelopmentSmsProvider implements SmsProvider {

  private static final Logger LOG = Logger.getLogger(DevelopmentSmsProvider.class.getName());

  @Override
  public String type() {
    return "dev";
  }

  @Override
  public boolean keepsWhatItDelivered() {
    return true;
  }

  @Override
  public String deliver(OutgoingSms message) {
    LOG.info(
        () ->
            "Development SMS "
                + message.id()
                + " to "
                + message.to().masked()
                + " ("
                + message.purpose()
                + ") readable at GET /api/dev/sms");
    return "dev-" + message.attemptId();
  }
}
