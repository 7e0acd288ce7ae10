package io.phonebinding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service-wide settings: mode, application name, default region and master secret. Every
 * concept reads its own rules in a settings class of its own beside it ({@code CodeSettings},
 * {@code LimitSettings}, {@code AccountSettings}, {@code BindingSettings}, {@code
 * SmsDeliverySettings}, {@code RetentionSettings}; each SMS provider its credentials), all from
 * MicroProfile Config: system properties, environment variables ({@code phonebind.code.ttl-seconds}
 * is {@code PHONEBIND_CODE_TTL_SECONDS}) or {@code microprofile-config.properties}. API, page and
 * tests read each rule from its one class.
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "phonebind.mode", defaultValue = "development")
  String mode;

  @Inject
  @ConfigProperty(name = "phonebind.app-name", defaultValue = "Phone Binding")
  String appName;

  @Inject
  @ConfigProperty(name = "phonebind.phone.default-region", defaultValue = "CN")
  String defaultRegion;

  @Inject
  @ConfigProperty(name = "phonebind.public-base-url")
  Optional<String> publicBaseUrl;

  @Inject
  @ConfigProperty(name = "phonebind.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "phonebind.production.allow-embedded-database", defaultValue = "false")
  boolean embeddedDatabaseAllowedInProduction;

  @Inject
  @ConfigProperty(name = "phonebind.metrics.secured", defaultValue = "false")
  boolean metricsSecured;

  /** WildFly's {@code -bmanagement}: where the management port, with the metrics, listens. */
  @Inject
  @ConfigProperty(name = "jboss.bind.address.management", defaultValue = "127.0.0.1")
  String managementAddress;

  /** The values {@code phonebind.mode} accepts, in any case. */
  public static final Set<String> MODES = Set.of("development", "production");

  /**
   * Development mode allows the development SMS provider and test numbers; production refuses them.
   *
   * @throws IllegalStateException when {@code phonebind.mode} is neither value: a typo must not
   *     quietly run a server in the mode its operator did not mean
   */
  public boolean isDevelopmentMode() {
    String value = mode.strip().toLowerCase(Locale.ROOT);
    if (!MODES.contains(value)) {
      throw new IllegalStateException(
          "PHONEBIND_MODE (phonebind.mode) is '"
              + mode
              + "'; allowed values: development, production");
    }
    return value.equals("development");
  }

  /** The name shown to users in SMS texts and on the page. */
  public String appName() {
    return appName;
  }

  /**
   * The service's address as the world reaches it ({@code https://id.example.com}): for the receipt
   * endpoints providers are given and the links in messages to users; never taken from a request's
   * Host header.
   */
  public Optional<String> publicBaseUrl() {
    return publicBaseUrl
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /**
   * Where links in messages to users point: the public address, or the address a server on this
   * machine answers at when none is set (development).
   */
  public String linkBase() {
    return publicBaseUrl().orElse("http://localhost:8080");
  }

  /** ISO region assumed for numbers sent without a country code ({@code CN}: +86). */
  public String defaultRegion() {
    return defaultRegion;
  }

  /** The operator's master secret; when absent one is generated once and kept in the database. */
  public Optional<String> secret() {
    return secret.filter(value -> !value.isBlank());
  }

  /** Whether production mode may run on the embedded H2 database (a trial, never real users). */
  public boolean embeddedDatabaseAllowedInProduction() {
    return embeddedDatabaseAllowedInProduction;
  }

  /** Whether {@code /metrics} asks for the management user ({@code PHONEBIND_METRICS_SECURED}). */
  public boolean metricsSecured() {
    return metricsSecured;
  }

  /** The address the management interface (health and metrics) listens on. */
  public String managementAddress() {
    return managementAddress;
  }
}
