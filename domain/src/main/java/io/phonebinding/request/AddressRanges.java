package io.phonebinding.request;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * A list of IP addresses and CIDR ranges, v4 or v6 ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code
 * fd00::/8}), as a setting gives it. An IPv4-mapped IPv6 address is its IPv4 address.
 */
public final class AddressRanges {

  private final List<Range> ranges;

  private AddressRanges(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * Reads a comma-separated list of addresses and ranges.
   *
   * @param setting the setting it comes from, named when an entry is wrong
   * @throws IllegalArgumentException naming the setting and the entry that is neither
   */
  public static AddressRanges parse(String list, String setting) {
    if (list == null || list.isBlank()) {
      return new AddressRanges(List.of());
    }
    return new AddressRanges(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .map(entry -> Range.parse(entry, setting))
            .toList());
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether the address (as text) is in one of the ranges; false for anything not an address. */
  public boolean contains(String address) {
    return IpAddress.parse(address).map(this::contains).orElse(false);
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return ranges.stream().anyMatch(range -> range.contains(bytes));
  }

  private record Range(byte[] network, int prefixLength) {

    static Range parse(String entry, String setting) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] network =
          IpAddress.parse(address)
              .map(InetAddress::getAddress)
              .orElseThrow(() -> notAnAddress(entry, setting));
      int bits = network.length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException notANumber) {
        throw notAnAddress(entry, setting);
      }
      if (prefix < 0 || prefix > bits) {
        throw notAnAddress(entry, setting);
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

    private static IllegalArgumentException notAnAddress(String entry, String setting) {
      return new IllegalArgumentException(
          setting + ": '" + entry + "' is neither an IP address nor a CIDR range");
    }
  }
}
