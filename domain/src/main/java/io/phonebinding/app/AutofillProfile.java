package io.phonebinding.app;

import io.phonebinding.config.EnvironmentVariables;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an app's codes may be filled in by themselves: the host of the app's web page, the host of
 * the site that embeds that page in a frame (if any), and the hashes of its Android builds. A code
 * message ends with the origin-bound line browsers and phones read, {@code @host #code} (embedded:
 * {@code @top-host #code @host}), followed by the Android hashes. {@code source} names the settings
 * it was read from ({@code PHONEBIND_AUTOFILL_*}).
 */
public record AutofillProfile(
    String source, String host, Optional<String> topHost, List<String> androidHashes) {

  /** What Chromium's parser takes for a host: no port, no scheme, no path. */
  private static final Pattern HOST = Pattern.compile("[a-zA-Z0-9.-]+");

  /** An SMS Retriever app hash: 11 characters of base64. */
  private static final Pattern ANDROID_HASH = Pattern.compile("[A-Za-z0-9+/]{11}");

  public AutofillProfile {
    androidHashes = List.copyOf(androidHashes);
  }

  /**
   * Reads a profile from its settings.
   *
   * @param setting the settings' prefix, named in errors ({@code phonebind.apps.web.autofill.})
   * @throws IllegalStateException naming the setting whose value cannot be used, so the deployment
   *     fails instead of sending lines no browser reads
   */
  public static AutofillProfile of(
      String setting, String host, Optional<String> topHost, Optional<String> androidHashes) {
    List<String> hashes =
        androidHashes.stream()
            .flatMap(list -> Arrays.stream(list.split(",")))
            .map(String::strip)
            .filter(hash -> !hash.isEmpty())
            .toList();
    for (String hash : hashes) {
      if (!ANDROID_HASH.matcher(hash).matches()) {
        throw new IllegalStateException(
            EnvironmentVariables.of(setting + "android-hashes")
                + ": an Android app hash is 11 characters of base64, found '"
                + hash
                + "'");
      }
    }
    return new AutofillProfile(
        EnvironmentVariables.of(setting) + "*",
        checkedHost(setting + "host", host),
        topHost
            .map(String::strip)
            .filter(top -> !top.isEmpty())
            .map(top -> checkedHost(setting + "top-host", top)),
        hashes);
  }

  private static String checkedHost(String setting, String host) {
    String value = host.strip().toLowerCase(Locale.ROOT);
    if (!HOST.matcher(value).matches()) {
      throw new IllegalStateException(
          EnvironmentVariables.of(setting)
              + ": a host name without scheme, port or path (id.example.com), found '"
              + host
              + "'");
    }
    return value;
  }

  /** The message's last line: {@code @host #code}, the Android hashes after it. */
  public String line(String code) {
    StringBuilder line = new StringBuilder();
    line.append('@').append(topHost.orElse(host)).append(" #").append(code);
    topHost.ifPresent(top -> line.append(" @").append(host));
    androidHashes.forEach(hash -> line.append(' ').append(hash));
    return line.toString();
  }

  /**
   * The line's parts for providers that send from templates of their own (Aliyun): {@code autofill}
   * is the whole line; {@code host}, {@code embeddedHost} and {@code appHash} its pieces.
   */
  public Map<String, String> templateParams(String code) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("autofill", line(code));
    params.put("host", topHost.orElse(host));
    topHost.ifPresent(top -> params.put("embeddedHost", host));
    if (!androidHashes.isEmpty()) {
      params.put("appHash", String.join(" ", androidHashes));
    }
    return params;
  }
}
