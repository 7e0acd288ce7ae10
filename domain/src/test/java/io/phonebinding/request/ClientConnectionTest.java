package io.phonebinding.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientConnectionTest {

  private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.1, 10.0.0.2");

  private static String client(String peer, TrustedProxies trusted, String... forwardedFor) {
    return ClientConnection.resolve(peer, List.of(forwardedFor), List.of(), false, trusted)
        .address();
  }

  @Test
  void forwardedForIsIgnoredWithoutATrustedProxy() {
    assertEquals("203.0.113.9", client("203.0.113.9", PROXIES, "1.2.3.4"));
    assertEquals("203.0.113.9", client("203.0.113.9", TrustedProxies.NONE, "1.2.3.4"));
  }

  @Test
  void rightMostUntrustedHopIsTheClient() {
    assertEquals("198.51.100.7", client("10.0.0.1", PROXIES, "1.2.3.4, 198.51.100.7, 10.0.0.2"));
  }

  @Test
  void aLineTheClientMadeUpBeforeTheProxysLineDoesNotCount() {
    // HAProxy's "option forwardfor" appends a line of its own after the client's.
    assertEquals("198.51.100.7", client("10.0.0.1", PROXIES, "6.6.6.6", "198.51.100.7"));
    assertEquals(
        "198.51.100.7", client("10.0.0.1", PROXIES, "6.6.6.6, 7.7.7.7", "198.51.100.7, 10.0.0.2"));
  }

  @Test
  void onlyProxiesInTheChainMeansTheFarthestProxy() {
    assertEquals("10.0.0.2", client("10.0.0.1", PROXIES, "10.0.0.2"));
    assertEquals("10.0.0.1", client("10.0.0.1", PROXIES));
  }

  @Test
  void aHopThatIsNoAddressEndsTheWalkAtTheLastAddressBelieved() {
    assertEquals("10.0.0.1", client("10.0.0.1", PROXIES, " , "));
    assertEquals("10.0.0.1", client("10.0.0.1", PROXIES, "1.2.3.4, unknown"));
    assertEquals("10.0.0.2", client("10.0.0.1", PROXIES, "1.2.3.4, example.com, 10.0.0.2"));
    assertEquals("10.0.0.1", client("10.0.0.1", PROXIES, "1.2.3.4.5"));
    assertEquals("10.0.0.1", client("10.0.0.1", PROXIES, "01.2.3.4"));
    assertEquals("10.0.0.1", client("10.0.0.1", PROXIES, "1.2.3.4:8080"));
  }

  @Test
  void everySpellingOfAnIpv6AddressIsOneAddress() {
    TrustedProxies loopback = TrustedProxies.parse("::1");
    assertEquals("2001:db8:0:0:0:0:0:7", client("0:0:0:0:0:0:0:1", loopback, "2001:db8::7"));
    assertEquals("2001:db8:0:0:0:0:0:7", client("::1", loopback, "2001:DB8:0::7"));
    assertEquals("2001:db8:0:0:0:0:0:7", client("::1", loopback, "[2001:db8::7]"));
    assertEquals("0:0:0:0:0:0:0:1", client("0:0:0:0:0:0:0:1", loopback, "0:0:0:0:0:0:0:1", "::1"));
  }

  @Test
  void trustedProxiesAcceptCidrRanges() {
    TrustedProxies ranges = TrustedProxies.parse("10.1.0.0/16, fd00::/8, 192.168.7.129/25");
    assertEquals("8.8.8.8", client("10.1.200.3", ranges, "8.8.8.8, 10.1.9.9"));
    assertEquals("10.2.0.1", client("10.1.200.3", ranges, "8.8.8.8, 10.2.0.1"));
    assertEquals("8.8.8.8", client("fd12::1", ranges, "8.8.8.8, 192.168.7.200"));
    assertEquals("192.168.7.100", client("fd12::1", ranges, "8.8.8.8, 192.168.7.100"));
    assertEquals("10.2.0.1", client("10.2.0.1", ranges, "8.8.8.8"));
  }

  @Test
  void aTrustedProxyListWithSomethingElseInItIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.1, lb"));
    assertTrue(refused.getMessage().contains("'lb'"), refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/x"));
  }

  @Test
  void theSchemeIsTheOneReportedForTheClientsHop() {
    assertTrue(secure("10.0.0.1", List.of("198.51.100.7"), List.of("https")));
    assertFalse(secure("10.0.0.1", List.of("198.51.100.7"), List.of("http")));
    // The client's own made-up line comes before the proxy's, as for addresses.
    assertTrue(secure("10.0.0.1", List.of("6.6.6.6", "198.51.100.7"), List.of("http", "https")));
    assertFalse(secure("10.0.0.1", List.of("6.6.6.6", "198.51.100.7"), List.of("https", "http")));
    // Two proxies: the outer one saw the client's TLS, the inner one plain HTTP from the outer.
    assertTrue(secure("10.0.0.1", List.of("198.51.100.7, 10.0.0.2"), List.of("https, http")));
    // From an untrusted peer the header means nothing.
    assertFalse(secure("198.51.100.7", List.of(), List.of("https")));
  }

  private static boolean secure(String peer, List<String> forwardedFor, List<String> proto) {
    return ClientConnection.resolve(peer, forwardedFor, proto, false, PROXIES).secure();
  }
}
