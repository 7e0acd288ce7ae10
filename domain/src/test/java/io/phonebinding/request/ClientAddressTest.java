package io.phonebinding.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

  @Test
  void forwardedForIsIgnoredWithoutATrustedProxy() {
    assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", PROXIES));
    assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", Set.of()));
  }

  @Test
  void rightMostUntrustedHopIsTheClient() {
    assertEquals(
        "198.51.100.7",
        ClientAddress.resolve("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2", PROXIES));
  }

  @Test
  void onlyProxiesInTheChainMeansThePeer() {
    assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", "10.0.0.2", PROXIES));
    assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", " , ", PROXIES));
  }
}
