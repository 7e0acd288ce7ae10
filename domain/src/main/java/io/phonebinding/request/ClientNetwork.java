package io.phonebinding.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * What a per-IP limit counts: the IPv4 address itself, but for IPv6 the /64 network, since one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address per request.
 */
public final class ClientNetwork {

  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

  private ClientNetwork() {}

  public static String of(String clientIp) {
    if (clientIp == null || !clientIp.contains(":")) {
      return clientIp;
    }
    String address =
        clientIp.contains("%") ? clientIp.substring(0, clientIp.indexOf('%')) : clientIp;
    if (!IPV6.matcher(address).matches()) {
      return clientIp;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return clientIp;
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network
            .append(String.format("%x", ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
            .append(':');
      }
      return network.append(":/64").toString();
    } catch (UnknownHostException notAnAddress) {
      return clientIp;
    }
  }
}
