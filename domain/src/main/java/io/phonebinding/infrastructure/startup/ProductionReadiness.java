package io.phonebinding.infrastructure.startup;

import io.phonebinding.code.CodeSettings;
import io.phonebinding.config.Settings;
import io.phonebinding.sms.SmsDeliverySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Nothing fails open: an unknown mode fails the deployment, and production mode refuses to start
 * with development settings: the development SMS provider (codes would never reach anyone), test
 * numbers (fixed codes are a back door) or no operator secret (keys generated into the database are
 * only as safe as every database copy). The deployment fails with the list of what to fix.
 */
@ApplicationScoped
public class ProductionReadiness {

  private static final Logger LOG = Logger.getLogger(ProductionReadiness.class.getName());

  @Inject Settings settings;

  @Inject CodeSettings codes;

  @Inject SmsDeliverySettings delivery;

  /**
   * Fails the deployment with the list of what to fix, or warns of development mode with a real SMS
   * provider.
   */
  public void check() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Production mode refuses to start: " + String.join("; ", problems));
    }
    if (settings.isDevelopmentMode() && !delivery.isDevelopmentProvider()) {
      LOG.warning(
          () ->
              "Development mode with the SMS provider '"
                  + delivery.provider()
                  + "': real messages are sent, test numbers are honoured; set"
                  + " PHONEBIND_MODE=production for a server that real users reach");
    }
  }

  /** What keeps this configuration from running in production; empty in development mode. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (settings.isDevelopmentMode()) {
      return problems;
    }
    if (delivery.isDevelopmentProvider()) {
      problems.add(
          "PHONEBIND_SMS_PROVIDER is the development provider; set twilio, aliyun or webhook");
    }
    if (!codes.testNumbers().isEmpty()) {
      problems.add("PHONEBIND_TEST_NUMBERS is set; test numbers are for development only");
    }
    if (settings.secret().isEmpty()) {
      problems.add(
          "PHONEBIND_SECRET is not set; give the servers a secret of at least 32 characters");
    } else if (settings.secret().get().length() < 32) {
      problems.add("PHONEBIND_SECRET is shorter than 32 characters");
    }
    return problems;
  }
}
