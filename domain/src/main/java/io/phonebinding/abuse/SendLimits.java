package io.phonebinding.abuse;

import io.phonebinding.phone.NumberType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Caps on one-time codes, against SMS pumping and bombing: a global switch, the regions SMS may go
 * to ({@code *} for all) and those whose VoIP numbers may get codes, and how many codes a phone, a
 * client IP and an account may get.
 */
public record SendLimits(
    boolean smsEnabled,
    Set<String> allowedRegions,
    Set<String> voipRegions,
    int perPhonePerHour,
    int perPhonePerDay,
    int perIpPerHour,
    int perIpPerDay,
    int perAccountPerHour,
    int perAccountPerDay) {

  public static final String ANY_REGION = "*";

  public SendLimits {
    allowedRegions = Set.copyOf(allowedRegions);
    voipRegions = Set.copyOf(voipRegions);
  }

  public boolean allowsRegion(String region) {
    return names(allowedRegions, region);
  }

  /**
   * Whether a number of this kind may get codes: mobile ranges always, VoIP numbers in the regions
   * listed for them, every other kind (landlines, premium rate, toll free, ...) never.
   */
  public boolean allowsNumberType(NumberType type, String region) {
    if (type == NumberType.VOIP) {
      return names(voipRegions, region);
    }
    return type.receivesSms();
  }

  private static boolean names(Set<String> regions, String region) {
    return regions.contains(ANY_REGION) || regions.contains(region);
  }

  /** {@code "CN, US"} to {@code [CN, US]}. */
  public static Set<String> parseRegions(String regions) {
    return Arrays.stream(regions.split(","))
        .map(String::strip)
        .filter(region -> !region.isEmpty())
        .map(region -> region.toUpperCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
