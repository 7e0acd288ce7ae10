package io.phonebinding.request;

import java.util.List;
import java.util.Set;

/**
 * The client's address. Behind a reverse proxy every request comes from the proxy, which would make
 * per-IP limits global; so when the direct peer is a configured trusted proxy, the address is taken
 * from {@code X-Forwarded-For}: the right-most entry that is not itself a trusted proxy. Without
 * trusted proxies the header is ignored, since any client can send it.
 */
public final class ClientAddress {

  private static final int MAX_LENGTH = 64;

  private ClientAddress() {}

  public static String resolve(
      String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
    String peer = remoteAddress == null ? "unknown" : remoteAddress;
    if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
      return peer;
    }
    List<String> hops =
        List.of(forwardedFor.split(",")).stream()
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!trustedProxies.contains(hop)) {
        return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
      }
    }
    return peer;
  }
}
