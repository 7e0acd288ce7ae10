package io.phonebinding.sms;

import io.phonebinding.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which providers deliver to which numbers: named provider instances (each of a type: {@code dev},
 * {@code twilio}, {@code aliyun}, {@code webhook}; every type is also an instance of its own name),
 * and per set of regions an ordered chain of them, {@code *} for the rest. A message walks its
 * chain: the first provider first, the next one when it fails or no receipt comes.
 *
 * <p>Settings: {@code phonebind.sms.providers} as {@code name=type,...} (for example {@code
 * hook-b=webhook}), {@code phonebind.sms.routes} as {@code REGIONS:name,name;...} with regions
 * joined by {@code +} (for example {@code CN:aliyun,webhook;*:twilio,webhook}). Without routes,
 * every number goes to {@code phonebind.sms.provider} alone.
 */
public final class ProviderRoutes {

  /** The provider types this service has. */
  public static final Set<String> TYPES = Set.of("dev", "twilio", "aliyun", "webhook");

  private static final String ANY_REGION = "*";
  private static final Pattern INSTANCE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  private final Map<String, String> typeOf;
  private final Map<String, List<String>> chainOf;

  private ProviderRoutes(Map<String, String> typeOf, Map<String, List<String>> chainOf) {
    this.typeOf = typeOf;
    this.chainOf = chainOf;
  }

  /**
   * @throws IllegalArgumentException naming the setting and the part of it that is wrong
   */
  public static ProviderRoutes parse(String providers, String routes, String defaultProvider) {
    Map<String, String> typeOf = new LinkedHashMap<>();
    TYPES.forEach(type -> typeOf.put(type, type));
    for (String entry : entries(providers, ",")) {
      String[] parts = entry.split("=", -1);
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      String type = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
      if (parts.length != 2 || !INSTANCE_NAME.matcher(name).matches() || !TYPES.contains(type)) {
        throw new IllegalArgumentException(
            "phonebind.sms.providers: '"
                + entry
                + "' is not name=type, with a type among "
                + TYPES);
      }
      if (TYPES.contains(name) && !name.equals(type)) {
        throw new IllegalArgumentException(
            "phonebind.sms.providers: '" + name + "' is a type's own name");
      }
      typeOf.put(name, type);
    }
    Map<String, List<String>> chainOf = new LinkedHashMap<>();
    String routing =
        routes == null || routes.isBlank()
            ? ANY_REGION + ":" + defaultProvider.strip().toLowerCase(Locale.ROOT)
            : routes;
    for (String route : entries(routing, ";")) {
      int colon = route.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "phonebind.sms.routes: '" + route + "' is not REGIONS:provider,provider");
      }
      List<String> chain =
          new ArrayList<>(new LinkedHashSet<>(entries(route.substring(colon + 1), ",")));
      chain.replaceAll(name -> name.toLowerCase(Locale.ROOT));
      for (String name : chain) {
        if (!typeOf.containsKey(name)) {
          throw new IllegalArgumentException(
              "phonebind.sms.routes: no provider named '" + name + "' (phonebind.sms.providers)");
        }
      }
      if (chain.isEmpty()) {
        throw new IllegalArgumentException(
            "phonebind.sms.routes: '" + route + "' names no provider");
      }
      for (String region : entries(route.substring(0, colon), "+")) {
        String code = region.toUpperCase(Locale.ROOT);
        if (!code.equals(ANY_REGION) && !REGION.matcher(code).matches()) {
          throw new IllegalArgumentException(
              "phonebind.sms.routes: '" + region + "' is not a region code (CN, US, ...) or *");
        }
        chainOf.put(code, List.copyOf(chain));
      }
    }
    if (!chainOf.containsKey(ANY_REGION)) {
      throw new IllegalArgumentException(
          "phonebind.sms.routes: no route for * (every region not named)");
    }
    return new ProviderRoutes(Map.copyOf(typeOf), Collections.unmodifiableMap(chainOf));
  }

  private static List<String> entries(String list, String separator) {
    List<String> entries = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(Pattern.quote(separator))) {
        if (!entry.isBlank()) {
          entries.add(entry.strip());
        }
      }
    }
    return entries;
  }

  /** The providers of the number's region, in the order they are tried. */
  public List<String> chainFor(PhoneNumber phone) {
    return chainOf.getOrDefault(phone.regionCode(), chainOf.get(ANY_REGION));
  }

  /** The type of a provider instance. */
  public String typeOf(String instance) {
    String type = typeOf.get(instance);
    if (type == null) {
      throw new IllegalArgumentException("no SMS provider named " + instance);
    }
    return type;
  }

  /** The instance of that name, if there is one of that type. */
  public Optional<String> instanceOfType(String name, String type) {
    String normalized = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return type.equals(typeOf.get(normalized)) ? Optional.of(normalized) : Optional.empty();
  }

  /** The instances some route names, in no particular order. */
  public Set<String> routedInstances() {
    Set<String> routed = new LinkedHashSet<>();
    chainOf.values().forEach(routed::addAll);
    return routed;
  }

  /** The regions some route names (not {@code *}). */
  public Set<String> namedRegions() {
    Set<String> regions = new LinkedHashSet<>(chainOf.keySet());
    regions.remove(ANY_REGION);
    return regions;
  }

  /** Whether some route goes to the development provider, which delivers nothing. */
  public boolean usesDevelopmentProvider() {
    return routedInstances().stream().anyMatch(name -> typeOf(name).equals("dev"));
  }

  /** The routes as the settings gave them, normalised, for the health check and the logs. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    chainOf.forEach(
        (region, chain) ->
            text.append(text.length() == 0 ? "" : ";")
                .append(region)
                .append(':')
                .append(String.join(",", chain)));
    return text.toString();
  }
}
