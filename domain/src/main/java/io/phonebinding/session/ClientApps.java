package io.phonebinding.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The apps this server issues refresh tokens to, from {@code phonebind.apps}: a comma-separated
 * list of {@code appId:appSecret}. With none listed any client is taken at its word, as a
 * development server would; with some, a refresh token is issued to, and refreshed by, a listed app
 * that proves its secret.
 */
@ApplicationScoped
public class ClientApps {

  @Inject
  @ConfigProperty(name = "phonebind.apps")
  Optional<String> listed;

  private final Map<String, byte[]> secrets = new HashMap<>();

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
}
