package io.phonebinding.infrastructure.startup;

import io.phonebinding.config.Settings;
import io.phonebinding.infrastructure.shutdown.StopSignal;
import io.phonebinding.sms.DevelopmentOutbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Tells whoever started the server where to find the page, the API and the OpenAPI document, once
 * both answer: the web modules start before the server puts them on the network, so the banner
 * waits until its own requests to the page and the API get their answers.
 */
@ApplicationScoped
public class StartupBanner {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static boolean scheduled;

  @Inject Settings settings;

  @Inject DevelopmentOutbox developmentOutbox;

  @Inject StopSignal stopSignal;

  @Resource ManagedExecutorService executor;

  /** Shows the banner, once per server, as soon as the page and the API answer. */
  public void show() {
    synchronized (StartupBanner.class) {
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    boolean developmentMode = settings.isDevelopmentMode();
    boolean withOutbox = developmentOutbox.exists();
    executor.execute(
        () -> {
          if (awaitAnswers(localBase())) {
            LOG.info(() -> text(publicBase(), developmentMode, withOutbox));
          }
        });
  }

  /** Gives up when the server is told to stop first: a stop waits for this task. */
  private boolean awaitAnswers(String base) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!stopSignal.isStopping() && Instant.now().isBefore(deadline)) {
      if (answers(http, base + "/api/v3/get-profile") && answers(http, base + "/")) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException shuttingDown) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static boolean answers(HttpClient http, String url) {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException shuttingDown) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int port() {
    return Integer.getInteger("jboss.http.port", 8080)
        + Integer.getInteger("jboss.socket.binding.port-offset", 0);
  }

  /** Where this server answers itself: its bind address, or the loopback when it binds to all. */
  private static String localBase() {
    String address = System.getProperty("jboss.bind.address", "127.0.0.1");
    boolean everywhere = address.equals("0.0.0.0") || address.equals("::");
    String host = everywhere ? "127.0.0.1" : address;
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  private static String publicBase() {
    return "http://localhost:" + port();
  }

  private static String text(String base, boolean developmentMode, boolean developmentOutbox) {
    return "Phone binding service is up ("
        + (developmentMode ? "development" : "production")
        + " mode):\n  self-service page  "
        + base
        + "/\n  REST API           "
        + base
        + "/api/v3/ (Authing v3 user API)\n  OpenAPI document   "
        + base
        + "/openapi"
        + (developmentOutbox
            ? "\n  sent SMS (dev)     "
                + base
                + "/api/dev/sms?phone=%2B8618888888888\n  sent e-mail (dev)  "
                + base
                + "/api/dev/mail?email=ada%40example.com"
            : "");
  }
}
