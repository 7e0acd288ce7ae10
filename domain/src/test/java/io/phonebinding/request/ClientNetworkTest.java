package io.phonebinding.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

  @Test
  void ipv4CountsPerAddress() {
    assertEquals("198.51.100.7", ClientNetwork.of("198.51.100.7"));
  }

  @Test
  void ipv6CountsPerSlash64() {
    assertEquals(
        ClientNetwork.of("2001:db8:1:2::1"), ClientNetwork.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
    assertEquals(
        ClientNetwork.of("2001:DB8:1:2::1"), ClientNetwork.of("2001:db8:1:2:0:0:0:9%eth0"));
    assertNotEquals(ClientNetwork.of("2001:db8:1:2::1"), ClientNetwork.of("2001:db8:1:3::1"));
    assertEquals("2001:db8:1:2::/64", ClientNetwork.of("2001:db8:1:2::1"));
  }

  @Test
  void somethingElseIsCountedAsItIs() {
    assertEquals("unknown", ClientNetwork.of("unknown"));
  }
}
