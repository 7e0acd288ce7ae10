package io.phonebinding.app;

import io.phonebinding.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The apps this server serves, from {@code phonebind.apps}: a comma-separated list of {@code
 * appId:appSecret}. With none listed any client is taken at its word, as a development server
 * would; with some, a refresh token is issued to, and refreshed by, a listed app that proves its
 * secret. Each listed app may have an autofill profile ({@code phonebind.apps.<appId>.autofill.*});
 * the service's own page, and every request that names no listed app with one, have the service's
 * ({@code phonebind.autofill.*}, its host that of {@code phonebind.public-base-url} by default).
 * Hosts come from these settings, never from a request.
 */
@ApplicationScoped
public class ClientApps {

  private static final Logger LOG = Logger.getLogger(ClientApps.class.getName());

  private static final String SERVICE_PROFILE = "phonebind.autofill.";

  @Inject
  @ConfigProperty(name = "phonebind.apps")
  Optional<String> listed;

  @Inject
  @ConfigProperty(name = "phonebind.autofill.host")
  Optional<String> serviceHost;

  @Inject
  @ConfigProperty(name = "phonebind.autofill.top-host")
  Optional<String> serviceTopHost;

  @Inject
  @ConfigProperty(name = "phonebind.autofill.android-hashes")
  Optional<String> serviceAndroidHashes;

  @Inject Settings settings;

  @Inject Config config;

  private final Map<String, byte[]> secrets = new HashMap<>();

  private final Map<String, AutofillProfile> profiles = new LinkedHashMap<>();

  private AutofillProfile serviceProfile;

  @PostConstruct
  void readList() {
    listed.ifPresent(
        list -> {
          for (String entry : list.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
              throw new IllegalStateException(
                  "phonebind.apps: each entry is appId:appSecret, found '"
                      + (colon <= 0 ? trimmed : trimmed.substring(0, colon) + ":...")
                      + "'");
            }
            secrets.put(
                trimmed.substring(0, colon),
                trimmed.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
          }
        });
    serviceProfile =
        AutofillProfile.of(
            SERVICE_PROFILE,
            serviceHost.filter(host -> !host.isBlank()).orElseGet(this::publicHost),
            serviceTopHost,
            serviceAndroidHashes);
    for (String appId : secrets.keySet()) {
      String prefix = "phonebind.apps." + appId + ".autofill.";
      setting(prefix + "host")
          .ifPresent(
              host ->
                  profiles.put(
                      appId,
                      AutofillProfile.of(
                          prefix,
                          host,
                          setting(prefix + "top-host"),
                          setting(prefix + "android-hashes"))));
    }
    describeProfiles();
  }

  private void describeProfiles() {
    String apps =
        profiles.entrySet().stream()
            .map(app -> app.getKey() + " " + app.getValue().line("<code>"))
            .collect(Collectors.joining(", "));
    LOG.info(
        () ->
            "Code messages end with the autofill line "
                + serviceProfile.line("<code>")
                + (apps.isEmpty() ? "" : "; apps of their own: " + apps));
  }

  private String publicHost() {
    return settings
        .publicBaseUrl()
        .map(url -> URI.create(url).getHost())
        .filter(host -> host != null)
        .orElse("localhost");
  }

  private Optional<String> setting(String name) {
    return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
  }

  /** Whether apps are listed, so clients must prove who they are. */
  public boolean areListed() {
    return !secrets.isEmpty();
  }

  /** Whether the client is a listed app with its secret, or any client when none is listed. */
  public boolean admits(String clientId, String clientSecret) {
    if (!areListed()) {
      return true;
    }
    byte[] expected = clientId == null ? null : secrets.get(clientId);
    return expected != null
        && clientSecret != null
        && MessageDigest.isEqual(expected, clientSecret.getBytes(StandardCharsets.UTF_8));
  }

  /** The autofill profile of the app a request names: its own, or else the service's. */
  public AutofillProfile autofillFor(String appId) {
    return appId == null ? serviceProfile : profiles.getOrDefault(appId, serviceProfile);
  }

  /** Every profile a code message may be written with: the service's first. */
  public List<AutofillProfile> autofillProfiles() {
    List<AutofillProfile> all = new ArrayList<>();
    all.add(serviceProfile);
    all.addAll(profiles.values());
    return all;
  }
}
