package io.phonebinding.request;

import java.net.InetAddress;

/**
 * The reverse proxies whose forwarding headers are believed: addresses and CIDR ranges ({@link
 * AddressRanges}).
 */
public final class TrustedProxies {

  /** No proxy: forwarding headers are ignored, since any client can send them. */
  public static final TrustedProxies NONE = new TrustedProxies(AddressRanges.parse("", ""));

  private final AddressRanges ranges;

  private TrustedProxies(AddressRanges ranges) {
    this.ranges = ranges;
  }

  /**
   * Reads a comma-separated list of addresses and ranges.
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static TrustedProxies parse(String list) {
    return new TrustedProxies(
        AddressRanges.parse(list, "PHONEBIND_TRUSTED_PROXIES (phonebind.trusted-proxies)"));
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  boolean contains(InetAddress address) {
    return ranges.contains(address);
  }
}
