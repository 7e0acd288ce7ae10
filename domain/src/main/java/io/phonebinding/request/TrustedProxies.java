package io.phonebinding.request;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies whose forwarding headers are believed: addresses and CIDR ranges, v4 or v6
 * ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}). An IPv4-mapped IPv6 peer is its IPv4
 * address.
 */
public final class TrustedProxies {

  /** No proxy: forwarding headers are ignored, since any client can send them. */
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * Reads a comma-separated list of addresses and ranges.
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static TrustedProxies parse(String list) {
    if (list == null || list.isBlank()) {
      return NONE;
    }
    return new TrustedProxies(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .map(Range::parse)
            .toList());
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return ranges.stream().anyMatch(range -> range.contains(bytes));
  }

  private record Range(byte[] network, int prefixLength) {

    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] network =
          IpAddress.parse(address).map(InetAddress::getAddress).orElseThrow(() -> notAProxy(entry));
      int bits = network.length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException notANumber) {
        throw notAProxy(entry);
      }
      if (prefix < 0 || prefix > bits) {
        throw notAProxy(entry);
      }
      return new Range(network, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = prefixLength / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixLength % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (network[whole] & mask);
    }

    private static IllegalArgumentException notAProxy(String entry) {
      return new IllegalArgumentException(
          "PHONEBIND_TRUSTED_PROXIES (phonebind.trusted-proxies): '"
              + entry
              + "' is neither an IP address nor a CIDR range");
    }
  }
}
