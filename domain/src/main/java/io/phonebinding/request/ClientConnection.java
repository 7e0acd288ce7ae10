package io.phonebinding.request;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is at the other end of a request: the client's address and whether it came over HTTPS. Behind
 * a reverse proxy every request comes from the proxy, which would make per-IP limits global; so
 * when the direct peer is a {@link TrustedProxies trusted proxy}, the forwarding headers are read.
 * Every {@code X-Forwarded-For} line counts, in order, as one list (a proxy that appends a line of
 * its own after the client's made-up one must not be outvoted by it), walked from the right while
 * the hop is a trusted proxy: the first untrusted hop is the client. A hop that is not an IP
 * address ends the walk, and the last address believed counts. {@code X-Forwarded-Proto} is read at
 * the client's hop, aligned from the right like the addresses. Without trusted proxies both headers
 * are ignored, since any client can send them.
 *
 * @param address the client's address, in the JDK's canonical spelling when it is an IP address
 * @param secure whether the client's own connection was HTTPS
 */
public record ClientConnection(String address, boolean secure) {

  /** The client connection of a servlet request. */
  public static ClientConnection of(HttpServletRequest request, TrustedProxies trusted) {
    return resolve(
        request.getRemoteAddr(),
        Collections.list(request.getHeaders("X-Forwarded-For")),
        Collections.list(request.getHeaders("X-Forwarded-Proto")),
        request.isSecure(),
        trusted);
  }

  /**
   * @param peer the direct peer's address
   * @param forwardedFor every {@code X-Forwarded-For} line, in the order received
   * @param forwardedProto every {@code X-Forwarded-Proto} line, in the order received
   * @param peerSecure whether the connection from the peer is HTTPS
   */
  static ClientConnection resolve(
      String peer,
      List<String> forwardedFor,
      List<String> forwardedProto,
      boolean peerSecure,
      TrustedProxies trusted) {
    Optional<InetAddress> peerAddress = IpAddress.parse(peer);
    if (peerAddress.isEmpty() || !trusted.contains(peerAddress.get())) {
      return new ClientConnection(
          peerAddress.map(InetAddress::getHostAddress).orElse(peer == null ? "unknown" : peer),
          peerSecure);
    }
    List<String> hops = entries(forwardedFor);
    InetAddress believed = peerAddress.get();
    int hopsFromTheRight = 0;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = IpAddress.parse(hops.get(i));
      if (hop.isEmpty()) {
        break;
      }
      believed = hop.get();
      hopsFromTheRight = hops.size() - i;
      if (!trusted.contains(believed)) {
        break;
      }
    }
    return new ClientConnection(
        believed.getHostAddress(), secureAt(hopsFromTheRight, forwardedProto, peerSecure));
  }

  /** The scheme the proxies reported for the hop this far from the right, if they reported it. */
  private static boolean secureAt(
      int hopsFromTheRight, List<String> forwardedProto, boolean peerSecure) {
    List<String> schemes = entries(forwardedProto);
    int index = schemes.size() - Math.max(1, hopsFromTheRight);
    if (index < 0 || index >= schemes.size()) {
      return peerSecure;
    }
    return schemes.get(index).toLowerCase(Locale.ROOT).equals("https");
  }

  private static List<String> entries(List<String> lines) {
    List<String> entries = new ArrayList<>();
    for (String line : lines) {
      for (String entry : line.split(",", -1)) {
        entries.add(entry.strip());
      }
    }
    return entries;
  }
}
