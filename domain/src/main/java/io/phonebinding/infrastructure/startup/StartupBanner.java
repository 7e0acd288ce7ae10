package io.phonebinding.infrastructure.startup;

import io.phonebinding.config.Settings;
import io.phonebinding.sms.DevelopmentOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Tells whoever started the server where to find the page, the API and the OpenAPI document. */
@ApplicationScoped
public class StartupBanner {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
  private static boolean shown;

  @Inject Settings settings;

  @Inject DevelopmentOutbox developmentOutbox;

  /** Shows the banner, once per server. */
  public void show() {
    show(settings.isDevelopmentMode(), developmentOutbox.exists());
  }

  private static synchronized void show(boolean developmentMode, boolean developmentOutbox) {
    if (shown) {
      return;
    }
    shown = true;
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String base = "http://localhost:" + port;
    LOG.info(
        () ->
            "Phone binding service is up ("
                + (developmentMode ? "development" : "production")
                + " mode):\n  self-service page  "
                + base
                + "/\n  REST API           "
                + base
                + "/api/v3/ (Authing v3 user API)\n  OpenAPI document   "
                + base
                + "/openapi"
                + (developmentOutbox
                    ? "\n  sent SMS (dev)     " + base + "/api/dev/sms?phone=%2B8618888888888"
                    : ""));
  }
}
