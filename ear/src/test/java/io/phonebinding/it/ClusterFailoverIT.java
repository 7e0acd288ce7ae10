package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers as an operator runs them, each unpacked from the shipped tar.gz and started by its
 * own script, on one database behind HAProxy (round robin, no session affinity), sending SMS
 * through a webhook gateway. While API clients call without pause (reading a profile, signing up):
 * a plain SIGTERM drains a server and no call fails, not even a page user's phone change in the
 * middle; a SIGKILL costs at most the calls in flight on that server, and the message it was
 * delivering is delivered by the other; a rolling upgrade to a build with one more, additive
 * migration fails no call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  private static final int BALANCER_PORT = 8680;
  private static final Duration DRAIN = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

  private final Path base = Path.of(System.getProperty("phonebinding.it.cluster-base"));
  private final SmsGateway gateway = new SmsGateway();
  private ClusterDatabase database;
  private Node first;
  private Node second;
  private LoadBalancer balancer;

  @BeforeAll
  void startCluster() throws Exception {
    ServerProcess.deleteTree(base);
    database = ClusterDatabase.create(base.resolve("h2"));
    first = Node.unpack(base, "node-1", 400);
    second = Node.unpack(base, "node-2", 500);
    first.start(settings(first));
    second.start(settings(second));
    first.awaitAnswers();
    second.awaitAnswers();
    balancer =
        LoadBalancer.start(
            base.resolve("haproxy"),
            BALANCER_PORT,
            List.of(
                LoadBalancer.Node.withOffset("node-1", 400),
                LoadBalancer.Node.withOffset("node-2", 500)));
  }

  @AfterAll
  void stopCluster() {
    try (gateway) {
      if (balancer != null) {
        balancer.close();
      }
    } finally {
      if (second != null) {
        second.close();
      }
      if (first != null) {
        first.close();
      }
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  @Order(1)
  void anyServerAnswersAnyRequestAndASignalledServerDrainsWithoutAFailedCall() throws Exception {
    Api api = new Api(balancer.baseUrl());
    Api.User user = api.newUser();
    String phone =
        balancer.codeSentThroughOneServerBindsThroughTheOther(
            user.token(), number -> gateway.code(number, 1));
    assertEquals(phone, api.profile(user.token()).path("phone").asText());

    // A message in flight on a server when it is told to stop: the drain lets it finish and
    // records it. The server delivering it is stopped (usually the second, which queued it).
    String inFlight = Api.randomMobile();
    gateway.answerSlowly(inFlight, Duration.ofMillis(1500));
    second.api().sendBindCode(inFlight).assertOk();
    Eventually.await(
        "the slow delivery to start",
        Duration.ofSeconds(10),
        () -> gateway.requestsFor(inFlight).size() == 1);
    Node stopping = senderOf(inFlight, 1);

    // SIGTERM to the script, nothing else: API clients calling meanwhile never see a failure.
    ApiCallers callers = ApiCallers.signingUpAndReading(balancer, api.newUserToken());
    try {
      Thread.sleep(500);
      Drain drain = Drain.watch(stopping);
      Duration stopped = stopping.terminate();
      Drain.Seen seen = drain.result();
      System.out.println(
          "ClusterFailoverIT, "
              + stopping.name
              + " stopped by SIGTERM in "
              + stopped
              + ": "
              + seen);
      assertTrue(seen.notReadyAfter().compareTo(Duration.ofSeconds(1)) < 0, seen.toString());
      assertTrue(seen.managementNotReady(), seen.toString());
      assertTrue(seen.pagesServedMeanwhile() > 0, seen.toString());
      assertEquals(List.of(), seen.unexpected(), seen.toString());
      // The probe asks every 50 ms or so, from just before the signal.
      assertTrue(
          seen.lastAnswer().compareTo(DRAIN.minusMillis(300)) > 0,
          "closed before the drain ended: " + seen);
      OutboxRows.Row delivered = OutboxRows.awaitStatus(database, inFlight, "SENT");
      assertEquals(1, delivered.attempts());
      assertEquals(1, gateway.requestsFor(inFlight).size());
      assertEquals(0, database.messagesBeingSent(), "a lease was left behind");
      // The code the stopped server sent binds on the other.
      api.bind(api.newUserToken(), inFlight, gateway.code(inFlight, 1)).assertOk();
      Thread.sleep(500);
    } finally {
      callers.stop();
      stopping.startIfStopped(settings(stopping));
      balancer.awaitUp(2, Duration.ofMinutes(2));
    }
    ApiCallers.Outcome outcome = callers.outcome();
    System.out.println("ClusterFailoverIT, API clients meanwhile: " + outcome);
    assertEquals(List.of(), outcome.failures());
    assertTrue(outcome.answered() > 0);
  }

  @Test
  @Order(2)
  void aKilledServerCostsOnlyItsCallsInFlightAndItsMessageIsDeliveredByTheOther() throws Exception {
    Api api = new Api(balancer.baseUrl());
    String leased = Api.randomMobile();
    gateway.answerSlowly(leased, Duration.ofSeconds(3));
    ApiCallers callers = ApiCallers.signingUpAndReading(balancer, api.newUserToken());
    try {
      second.api().sendBindCode(leased).assertOk();
      Eventually.await(
          "a server to be delivering",
          Duration.ofSeconds(10),
          () -> gateway.requestsFor(leased).size() == 1);
      // Usually the server that queued it, but the other one's schedule may claim it first.
      Node delivering = senderOf(leased, 1);
      Node other = delivering == first ? second : first;
      delivering.kill();
      balancer.awaitUp(1, Duration.ofSeconds(10));

      // The other server takes the message over once the dead one's lease ran out, with the
      // same code.
      Eventually.await(
          "the other server to deliver the message again",
          Duration.ofSeconds(60),
          () -> gateway.requestsFor(leased).size() == 2);
      assertEquals(other.name, senderOf(leased, 2).name);
      ApiCallers.Outcome outcome = callers.stop();
      System.out.println(
          "ClusterFailoverIT, API clients while " + delivering.name + " was killed: " + outcome);
      assertTrue(outcome.answered() > 0);
      assertTrue(outcome.failures().size() <= ApiCallers.CLIENTS, outcome.toString());
      for (String failure : outcome.failures()) {
        assertEquals(ApiCallers.CUT, failure);
      }
      String code = gateway.code(leased, 1);
      assertEquals(code, gateway.code(leased, 2));
      OutboxRows.Row row = OutboxRows.awaitStatus(database, leased, "SENT");
      assertEquals(2, row.attempts());
      api.bind(api.newUserToken(), leased, code).assertOk();
    } finally {
      callers.stop();
      for (Node node : List.of(first, second)) {
        node.startIfStopped(settings(node));
      }
      balancer.awaitUp(2, Duration.ofMinutes(2));
    }
  }

  /** The server that sent the {@code n}th message (from 1) to this number. */
  private Node senderOf(String nationalNumber, int n) {
    String name = SmsGateway.sender(gateway.requestsFor(nationalNumber).get(n - 1));
    return Stream.of(first, second)
        .filter(node -> node.name.equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(3)
  void aRollingUpgradeWithAnAdditiveMigrationFailsNoCall() throws Exception {
    Path upgrade =
        UpgradeBuild.withMigration(first.home(), base.resolve("upgrade"), database.isPostgreSql());
    Api api = new Api(balancer.baseUrl());
    ApiCallers callers = ApiCallers.signingUpAndReading(balancer, api.newUserToken());
    Thread.sleep(500);
    for (Node node : List.of(first, second)) {
      node.terminate();
      node.install(upgrade);
      node.start(settings(node));
      balancer.awaitUp(2, Duration.ofMinutes(2));
      Thread.sleep(500);
    }
    ApiCallers.Outcome outcome = callers.stop();
    System.out.println("ClusterFailoverIT, API clients during a rolling upgrade: " + outcome);
    assertEquals(List.of(), outcome.failures());
    assertTrue(outcome.answered() > 0);
    assertEquals(1, database.applied(UpgradeBuild.VERSION), "the upgrade's migration");
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(token, phone, gateway.code(phone, 1)).assertOk();
  }

  private Map<String, String> settings(Node node) {
    Map<String, String> settings = new java.util.LinkedHashMap<>(database.settings());
    settings.put("PHONEBIND_SMS_PROVIDER", "webhook");
    settings.put("PHONEBIND_SMS_WEBHOOK_URL", gateway.url(node.name));
    settings.put("PHONEBIND_SMS_WEBHOOK_SECRET", "cluster-webhook-secret");
    settings.put("PHONEBIND_SMS_DISPATCH_INTERVAL_MS", "200");
    settings.put("PHONEBIND_SMS_HTTP_TIMEOUT_MS", "4000");
    settings.put("PHONEBIND_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1");
    settings.put("PHONEBIND_LIMITS_SIGNUP_PER_IP_PER_HOUR", "100000");
    settings.put("PHONEBIND_DRAIN_SECONDS", String.valueOf(DRAIN.toSeconds()));
    // Each server stops several times here; the class archive would be written at the first stop
    // of each (about a minute on two busy cores), and nothing measured here depends on it.
    settings.put("PHONEBIND_CLASS_ARCHIVE", "false");
    return settings;
  }

  /** One server of the cluster: its own unpacked tar.gz, started and stopped by its script. */
  private static final class Node implements AutoCloseable {
    private final String name;
    private final Path home;
    private final int portOffset;
    private ServerProcess process;

    private Node(String name, Path home, int portOffset) {
      this.name = name;
      this.home = home;
      this.portOffset = portOffset;
    }

    static Node unpack(Path base, String name, int portOffset) throws IOException {
      Path directory = Files.createDirectories(base.resolve(name));
      ServerProcess.run(
          directory,
          List.of("tar", "xzf", System.getProperty("phonebinding.server-tarball")),
          Duration.ofMinutes(2));
      return new Node(name, directory.resolve("phone-binding-server"), portOffset);
    }

    Path home() {
      return home;
    }

    void start(Map<String, String> settings) {
      process =
          ServerProcess.start(
              home,
              List.of(
                  "bin/phone-binding.sh",
                  "-Dphonebind.node-id=" + name,
                  "-Dphonebind.password.pbkdf2-iterations=10000"),
              settings,
              portOffset);
    }

    void awaitAnswers() {
      process.awaitAnswers(Duration.ofMinutes(3));
    }

    void startIfStopped(Map<String, String> settings) {
      if (!process.isRunning()) {
        start(settings);
      }
    }

    Duration terminate() {
      return process.terminate(STOP_TIMEOUT);
    }

    void kill() {
      process.kill();
    }

    /** Replaces the server's files by those of another build (its configuration stays). */
    void install(Path build) {
      ServerProcess.run(
          home, List.of("cp", "-a", build + "/.", home.toString()), Duration.ofMinutes(1));
    }

    String url(String path) {
      return "http://127.0.0.1:" + (8080 + portOffset) + path;
    }

    String managementUrl(String path) {
      return "http://127.0.0.1:" + (9990 + portOffset) + path;
    }

    Api api() {
      return new Api(url(""));
    }

    @Override
    public void close() {
      if (process != null) {
        process.close();
      }
    }
  }

  /**
   * What a server told a client probing it directly from its stop signal on: how soon its readiness
   * went down, how often its page still answered after that, until when it answered at all,
   * anything unexpected within the drain, and whether its management port said it was not ready.
   */
  private static final class Drain {
    record Seen(
        Duration notReadyAfter,
        int pagesServedMeanwhile,
        Duration lastAnswer,
        List<String> unexpected,
        boolean managementNotReady) {}

    private final CompletableFuture<Seen> probe;

    private Drain(CompletableFuture<Seen> probe) {
      this.probe = probe;
    }

    /** Starts probing the node now; the caller signals it right after. */
    static Drain watch(Node node) {
      Instant start = Instant.now();
      return new Drain(CompletableFuture.supplyAsync(() -> probe(node, start)));
    }

    private static Seen probe(Node node, Instant start) {
      Duration notReady = null;
      Duration last = null;
      int pages = 0;
      boolean managementNotReady = false;
      List<String> unexpected = new ArrayList<>();
      while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
        int ready = ServerProcess.status(node.url("/api/health/ready"));
        Duration at = Duration.between(start, Instant.now());
        if (ready == -1) {
          if (notReady != null) {
            break;
          }
        } else if (ready == 503) {
          last = at;
          if (notReady == null) {
            notReady = at;
            managementNotReady = ServerProcess.status(node.managementUrl("/health/ready")) == 503;
          }
          int page = ServerProcess.status(node.url("/"));
          if (page == 200) {
            pages++;
          } else if (at.compareTo(DRAIN.minusMillis(500)) < 0) {
            unexpected.add("page " + page + " at " + at.toMillis() + " ms");
          }
        } else if (notReady != null && (ready == 200 || at.compareTo(DRAIN) < 0)) {
          // After the drain WildFly suspends and removes the EAR's contexts before its port
          // closes: a bare 404 then is possible, and harmless, as no balancer sends anything.
          unexpected.add("ready " + ready + " at " + at.toMillis() + " ms");
        }
        ServerProcess.sleep(50);
      }
      return new Seen(notReady, pages, last, unexpected, managementNotReady);
    }

    Seen result() throws Exception {
      return probe.get(60, TimeUnit.SECONDS);
    }
  }
}
