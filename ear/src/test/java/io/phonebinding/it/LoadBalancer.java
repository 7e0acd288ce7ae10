package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * HAProxy (Debian's package) in front of the service's servers, configured as docs/operations.md's
 * cluster section shows: round robin with no session affinity, each server checked on its readiness
 * on its own HTTP port ({@code /api/health/ready}; the management port stays on loopback), a
 * request whose server refused the connection or answered 503 while stopping sent to another, and
 * the client's address and scheme set in {@code X-Forwarded-For} and {@code X-Forwarded-Proto},
 * replacing what the client sent. It names the server that answered in {@code X-Served-By}, so a
 * test can see which one did.
 */
final class LoadBalancer implements AutoCloseable {

  /** One server behind it: its name and HTTP port. */
  record Node(String name, int httpPort) {

    /** A server started with this port offset. */
    static Node withOffset(String name, int portOffset) {
      return new Node(name, 8080 + portOffset);
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final Process process;
  private final Path log;
  private final int port;
  private final int statsPort;

  private LoadBalancer(Process process, Path log, int port, int statsPort) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.statsPort = statsPort;
  }

  /** Starts HAProxy on {@code port} (its statistics on {@code port + 1}) in front of the nodes. */
  static LoadBalancer start(Path directory, int port, List<Node> nodes) {
    return start(directory, configuration(port, port + 1, nodes), port, port + 1, nodes.size());
  }

  /**
   * Starts HAProxy with a configuration of the caller's (made with {@link #configuration}), and
   * waits until it counts {@code servers} up.
   */
  static LoadBalancer start(
      Path directory, String configuration, int port, int statsPort, int servers) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve("haproxy.cfg");
      Files.writeString(file, configuration);
      Path log = directory.resolve("haproxy.log");
      Process process =
          new ProcessBuilder("haproxy", "-db", "-f", file.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      LoadBalancer balancer = new LoadBalancer(process, log, port, statsPort);
      balancer.awaitUp(servers, Duration.ofSeconds(30));
      return balancer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The configuration the cluster section of docs/operations.md shows, plain HTTP only, with these
   * ports.
   */
  static String configuration(int port, int statsPort, List<Node> nodes) {
    return configuration("  bind 127.0.0.1:" + port + "\n", statsPort, nodes);
  }

  /**
   * The documented configuration with TLS on the front end: {@code tlsPort} with the PEM file's
   * certificate and key, beside plain HTTP on {@code port}.
   */
  static String configuration(
      int port, int tlsPort, Path certificate, int statsPort, List<Node> nodes) {
    return configuration(
        "  bind 127.0.0.1:"
            + tlsPort
            + " ssl crt "
            + certificate
            + "\n"
            + "  bind 127.0.0.1:"
            + port
            + "\n",
        statsPort,
        nodes);
  }

  private static String configuration(String binds, int statsPort, List<Node> nodes) {
    String servers =
        IntStream.range(0, nodes.size())
            .mapToObj(
                i ->
                    "  server "
                        + nodes.get(i).name()
                        + " 127.0.0.1:"
                        + nodes.get(i).httpPort()
                        + " check inter 500ms fall 2 rise 2\n")
            .collect(Collectors.joining());
    return """
        global
          maxconn 1000

        defaults
          mode http
          timeout connect 2s
          timeout client 60s
          timeout server 60s
          # A request is sent to another server when its server refused the connection or
          # answered 503 (a WildFly that is suspending answers 503 before it handles anything);
          # never after a timeout, when the first server may have done the work.
          retries 3
          option redispatch 1
          retry-on conn-failure 503

        frontend phone-binding
        %s\
          # The servers believe these two headers from HAProxy alone (PHONEBIND_TRUSTED_PROXIES):
          # HAProxy sets them, replacing whatever a client sent in them.
          http-request set-header X-Forwarded-For %%[src]
          http-request set-header X-Forwarded-Proto https if { ssl_fc }
          http-request set-header X-Forwarded-Proto http if !{ ssl_fc }
          default_backend servers

        backend servers
          balance roundrobin
          option httpchk GET /api/health/ready
          http-check expect status 200
          http-response set-header X-Served-By %%s
        %s
        listen stats
          bind 127.0.0.1:%d
          stats enable
          stats uri /stats
        """
        .formatted(binds, servers, statsPort);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** How many of its servers HAProxy counts as up. */
  long serversUp() {
    try {
      String csv =
          HTTP.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      return csv.lines()
          .filter(line -> line.startsWith("servers,") && !line.startsWith("servers,BACKEND"))
          .filter(line -> line.split(",")[17].startsWith("UP"))
          .count();
    } catch (IOException notYet) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until HAProxy counts {@code count} servers up. */
  void awaitUp(long count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (serversUp() != count) {
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy ended:\n" + output());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "HAProxy has " + serversUp() + " servers up, not " + count + ":\n" + output());
      }
      ServerProcess.sleep(100);
    }
  }

  String output() {
    return ServerProcess.readLog(log);
  }

  /** Sends a request (made for {@link #baseUrl}) through HAProxy. */
  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  HttpResponse<String> post(String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** The server that answered, as HAProxy names it in {@code X-Served-By}. */
  static String servedBy(HttpResponse<String> answer) {
    return answer.headers().firstValue("X-Served-By").orElseThrow();
  }

  /**
   * Sends a bind code to a new number through HAProxy, then binds it through HAProxy on the other
   * server (round robin sends the request after one the sender answered to the other one), the code
   * read by {@code codeOf} from the number; answers the number.
   */
  String codeSentThroughOneServerBindsThroughTheOther(
      String token, java.util.function.UnaryOperator<String> codeOf) throws Exception {
    String phone = Api.randomMobile();
    HttpResponse<String> sent =
        post(
            "/api/v3/send-sms",
            "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":\"" + phone + "\"}",
            null);
    assertTrue(sent.body().contains("\"statusCode\":200"), sent.body());
    String sender = servedBy(sent);
    String code = codeOf.apply(phone);
    while (!servedBy(get("/api/v3/get-profile", token)).equals(sender)) {
      // the next request goes to the sender's neighbour
    }
    HttpResponse<String> bound =
        post(
            "/api/v3/bind-phone",
            "{\"phoneNumber\":\"" + phone + "\",\"passCode\":\"" + code + "\"}",
            token);
    assertTrue(bound.body().contains("\"statusCode\":200"), bound.body());
    assertNotEquals(sender, servedBy(bound));
    return phone;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
