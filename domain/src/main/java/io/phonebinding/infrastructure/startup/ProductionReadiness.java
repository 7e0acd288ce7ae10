package io.phonebinding.infrastructure.startup;

import io.phonebinding.abuse.RangeSettings;
import io.phonebinding.code.CodeSettings;
import io.phonebinding.config.Settings;
import io.phonebinding.request.ProxySettings;
import io.phonebinding.sms.SmsDeliverySettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Nothing fails open: an unknown mode, a trusted proxy that is no address or an unknown answer to a
 * country's surge fails the deployment, and production mode refuses to start with development
 * settings: the development SMS provider (codes would never reach anyone), test numbers (fixed
 * codes are a back door), no operator secret (keys generated into the database are only as safe as
 * every database copy), the embedded H2 database unless explicitly allowed (one file on one server,
 * no backups, no second server), or open metrics on a management interface that listens beyond
 * loopback. The deployment fails with the list of what to fix.
 */
@ApplicationScoped
public class ProductionReadiness {

  private static final Logger LOG = Logger.getLogger(ProductionReadiness.class.getName());

  @Inject Settings settings;

  @Inject CodeSettings codes;

  @Inject SmsDeliverySettings delivery;

  @Inject ProxySettings proxies;

  @Inject RangeSettings ranges;

  @Resource(lookup = "java:jboss/datasources/PhoneBindingDS")
  DataSource dataSource;

  /**
   * Fails the deployment with the list of what to fix, or warns of development mode with a real SMS
   * provider.
   */
  public void check() {
    // Read now, so a wrong entry fails the deployment instead of the first request.
    proxies.trustedProxies();
    ranges.surgeAction();
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Production mode refuses to start: " + String.join("; ", problems));
    }
    if (settings.isDevelopmentMode() && !delivery.isDevelopmentProvider()) {
      LOG.warning(
          () ->
              "Development mode with the SMS providers '"
                  + delivery.routes()
                  + "': real messages are sent, test numbers are honoured; set"
                  + " PHONEBIND_MODE=production for a server that real users reach");
    }
  }

  private boolean runsOnH2() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
    } catch (SQLException unreachable) {
      // The schema migration that follows reports a database it cannot reach.
      return false;
    }
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException unresolvable) {
      return false;
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
    if (runsOnH2() && !settings.embeddedDatabaseAllowedInProduction()) {
      problems.add(
          "the database is the embedded H2 file; set PHONEBIND_DB_DRIVER=postgresql and"
              + " PHONEBIND_DB_URL, or PHONEBIND_PRODUCTION_ALLOW_EMBEDDED_DATABASE=true for a trial");
    }
    if (!isLoopback(settings.managementAddress()) && !settings.metricsSecured()) {
      problems.add(
          "the management interface listens on "
              + settings.managementAddress()
              + " with /metrics open to anyone; keep it on loopback (no -bmanagement) and let the"
              + " balancer check /api/health/ready, or set PHONEBIND_METRICS_SECURED=true");
    }
    return problems;
  }
}
