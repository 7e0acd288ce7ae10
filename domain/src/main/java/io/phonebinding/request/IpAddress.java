package io.phonebinding.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an IP address literal, v4 or v6 in any spelling ({@code ::1} is {@code 0:0:0:0:0:0:0:1}),
 * without ever asking DNS: what is not a literal is no address.
 */
final class IpAddress {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  /** Hex groups and colons, optionally ending in dotted IPv4; the JDK checks the rest. */
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

  private IpAddress() {}

  /** The address the text spells, or empty when it is not an IP address literal. */
  static Optional<InetAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String literal = text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    boolean v4 = IPV4.matcher(literal).matches();
    boolean v6 = !v4 && literal.contains(":") && IPV6_CHARACTERS.matcher(literal).matches();
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      // A literal of these shapes is parsed, never looked up.
      return Optional.of(InetAddress.getByName(literal));
    } catch (UnknownHostException notAnAddress) {
      return Optional.empty();
    }
  }
}
