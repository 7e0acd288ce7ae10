package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The client's address and scheme behind a real HAProxy: configured as docs/operations.md shows (it
 * sets {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, TLS on the front end), and configured
 * with {@code option forwardfor}, which appends a line of its own after whatever the client sent.
 * Clients connect from distinct loopback addresses (127.x.y.z) and make up forwarding lines of
 * their own; the per-IP cap of sign-ups still holds per real client.
 */
class ForwardedClientIT extends SecondServerTest {

  private static final int PORT = 8470;
  private static final int TLS_PORT = 8471;
  private static final int STATS_PORT = 8472;
  private static final int APPENDING_PORT = 8473;
  private static final int CAP = 3;

  private static final byte[] RUN = {
    (byte) (1 + ThreadLocalRandom.current().nextInt(254)),
    (byte) ThreadLocalRandom.current().nextInt(256)
  };

  @Test
  void perIpCapsHoldPerRealClientWhateverForwardingLinesTheClientMakesUp() throws Exception {
    SecondServer server = secondServer();
    Path directory = Path.of("target", "haproxy-forwarded");
    try {
      server.start(Map.of("phonebind.limits.signup-per-ip-per-hour", String.valueOf(CAP)));
      String configuration = readmesConfiguration(directory) + appendingFrontend();
      try (LoadBalancer balancer =
          LoadBalancer.start(directory, configuration, PORT, STATS_PORT, 1)) {
        capsHoldPerRealClient("http://127.0.0.1:" + PORT, 10);
        capsHoldPerRealClient("https://127.0.0.1:" + TLS_PORT, 20);
        capsHoldPerRealClient("http://127.0.0.1:" + APPENDING_PORT, 30);
      }
    } finally {
      server.stop();
    }
  }

  @Test
  void httpsAtTheProxyMakesTheAnswerStrictAndTheCookiesSecure() throws Exception {
    SecondServer server = secondServer();
    Path directory = Path.of("target", "haproxy-forwarded-scheme");
    try {
      server.start(Map.of());
      String configuration = readmesConfiguration(directory);
      try (LoadBalancer balancer =
          LoadBalancer.start(directory, configuration, PORT, STATS_PORT, 1)) {
        List<Map.Entry<String, String>> claimsHttps =
            List.of(Map.entry("X-Forwarded-Proto", "https"));
        RawHttp.Response overTls =
            RawHttp.sendFrom(null, "https://127.0.0.1:" + TLS_PORT, "GET", "/", List.of(), null);
        RawHttp.Response plain =
            RawHttp.sendFrom(null, "http://127.0.0.1:" + PORT, "GET", "/", claimsHttps, null);

        assertEquals(200, overTls.status(), overTls::body);
        assertTrue(overTls.header("Strict-Transport-Security").contains("max-age="));
        assertTrue(secure(overTls.header("Set-Cookie")), overTls.header("Set-Cookie"));
        assertEquals(200, plain.status(), plain::body);
        assertEquals("", plain.header("Strict-Transport-Security"));
        assertFalse(secure(plain.header("Set-Cookie")), plain.header("Set-Cookie"));
      }
    } finally {
      server.stop();
    }
  }

  /**
   * Two clients on loopback addresses {@code 127.0.0.<first>} and the next: the first signs up to
   * its cap, each time under a different made-up address, and is refused; the second, claiming to
   * be anyone, still signs up.
   */
  private static void capsHoldPerRealClient(String baseUrl, int first) throws Exception {
    InetAddress alice = loopback(first);
    InetAddress bob = loopback(first + 1);
    List<String> madeUp =
        List.of("203.0.113." + first, "2001:db8::" + first, "unknown, 198.51.100." + first);
    for (int i = 0; i < CAP; i++) {
      assertEquals(0, signUp(baseUrl, alice, madeUp.get(i)).path("apiCode").asInt(), baseUrl);
    }
    JsonNode refused = signUp(baseUrl, alice, "192.0.2." + first);
    assertEquals(6027, refused.path("apiCode").asInt(), baseUrl + " " + refused);
    assertEquals(6027, signUp(baseUrl, alice, null).path("apiCode").asInt(), baseUrl);
    assertEquals(0, signUp(baseUrl, bob, alice.getHostAddress()).path("apiCode").asInt(), baseUrl);
  }

  private static JsonNode signUp(String baseUrl, InetAddress from, String forwardedFor)
      throws IOException {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Content-Type", "application/json"));
    if (forwardedFor != null) {
      headers.add(Map.entry("X-Forwarded-For", forwardedFor));
    }
    String username = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
    RawHttp.Response answer =
        RawHttp.sendFrom(
            from,
            baseUrl,
            "POST",
            "/api/v3/signup",
            headers,
            Api.toJson(
                Map.of(
                    "connection",
                    "PASSWORD",
                    "passwordPayload",
                    Map.of("username", username, "password", Api.PASSWORD))));
    assertEquals(200, answer.status(), answer::body);
    return Api.JSON.readTree(answer.body());
  }

  /** The documented configuration, TLS on the front end, in front of the second server. */
  private static String readmesConfiguration(Path directory) {
    return LoadBalancer.configuration(
        PORT,
        TLS_PORT,
        selfSignedCertificate(directory),
        STATS_PORT,
        List.of(LoadBalancer.Node.withOffset("one", 100)));
  }

  /** HAProxy's {@code option forwardfor}: it appends its line after the client's own. */
  private static String appendingFrontend() {
    return """

        frontend appending
          bind 127.0.0.1:%d
          option forwardfor
          default_backend servers
        """
        .formatted(APPENDING_PORT);
  }

  private static boolean secure(String setCookie) {
    return setCookie.toLowerCase(Locale.ROOT).contains("; secure");
  }

  /**
   * A loopback address of this run's own (all of 127/8 is loopback, none of it the trusted
   * 127.0.0.1): the second server's database outlives a run, and with it the counts of earlier
   * runs' clients.
   */
  private static InetAddress loopback(int last) throws UnknownHostException {
    return InetAddress.getByAddress(new byte[] {127, RUN[0], RUN[1], (byte) last});
  }

  /** A certificate and key for HAProxy's TLS front end, made by openssl for this run. */
  private static Path selfSignedCertificate(Path directory) {
    try {
      Files.createDirectories(directory);
      Path key = directory.resolve("key.pem");
      Path certificate = directory.resolve("certificate.pem");
      ServerProcess.run(
          directory,
          List.of(
              "openssl",
              "req",
              "-x509",
              "-newkey",
              "rsa:2048",
              "-nodes",
              "-days",
              "1",
              "-subj",
              "/CN=localhost",
              "-keyout",
              key.getFileName().toString(),
              "-out",
              certificate.getFileName().toString()),
          Duration.ofMinutes(1));
      Path pem = directory.resolve("haproxy.pem");
      Files.writeString(pem, Files.readString(certificate) + Files.readString(key));
      return pem.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
