package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phonebinding.it.ClosedLoop.Measurement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bind flow's throughput and latency against the framework and database ceilings, on
 * PostgreSQL. Not part of the test suite: {@code mvn -Pbench verify} runs it (docs/performance.md, "Benchmark").
 *
 * <p>It starts the EAR on a WildFly of its own (ports +100) over a fresh database ({@code
 * <database>_bench}) with the shipped defaults, except: no per-IP cap (the load comes from a
 * handful of addresses), and accounts hashed with 1,000 PBKDF2 iterations so that signing up and in
 * thousands of users takes seconds; signing in is not part of any measured operation, except in the
 * storm that one bind measurement runs beside (sixty clients signing up, and signing in to accounts
 * hashed at the shipped 210,000 iterations). Each measurement is a closed loop of {@code
 * bench.clients} clients; every operation checks its answer, and the run fails on any error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BindFlowBenchmark {

  private static final String CEILING = "framework-ceiling";
  private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
  private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
  private static final int WARM_UP = scaled(300);
  private static final int FLOWS = scaled(2000);
  private static final int SENDS = scaled(4000);
  private static final int BINDS = scaled(4000);
  private static final int PROFILES = scaled(10000);
  private static final int PINGS = scaled(30000);
  private static final int DATABASE_BINDS = scaled(15000);
  private static final int GROWTH_OPERATIONS = scaled(1000);
  private static final int STORM_BINDS = scaled(2000);
  private static final int SIGN_INS = scaled(600);
  private static final String SETTING = "bench.set.";
  /** The integration tests' write key (arquillian.xml), for safe-listing the range below. */
  private static final String BENCH_DESK =
      "it-desk:write:it-write-key:3a97575cffdf6c91e7497da75a6e1a09264cbcfe3a83917c347f9bb4c9b15589";
  /** The range the benchmark safe-lists: its sends skip the rules against SMS pumping. */
  private static final String SAFE_PREFIX = "189";
  private static final int STORM_CLIENTS = Integer.getInteger("bench.storm-clients", 60);
  private static final int SMALL_TABLE = 10_000;
  private static final int LARGE_TABLE = 1_000_000;

  /**
   * -Dbench.cluster=true: two servers on the bench database behind HAProxy, measured through it.
   */
  private static final boolean CLUSTER = Boolean.getBoolean("bench.cluster");

  private static final int BALANCER_PORT = 8580;
  private static final String CEILING_THIRD = "framework-ceiling-third";

  @ArquillianResource ContainerController controller;

  @ArquillianResource Deployer deployer;

  @Deployment(name = SecondServer.DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.NAME)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Deployment(name = CEILING, managed = false, testable = false)
  @TargetsContainer(SecondServer.NAME)
  static WebArchive ceiling() {
    return ShrinkWrap.create(WebArchive.class, "ceiling.war")
        .addClasses(FrameworkCeiling.class, FrameworkCeiling.Ping.class);
  }

  @Deployment(name = SecondServer.THIRD_DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.THIRD_NAME)
  static EnterpriseArchive thirdEar() {
    return DeployedEar.create();
  }

  @Deployment(name = CEILING_THIRD, managed = false, testable = false)
  @TargetsContainer(SecondServer.THIRD_NAME)
  static WebArchive thirdCeiling() {
    return ceiling();
  }

  /** Where the load goes: the one server, or HAProxy in front of two. */
  private String baseUrl = SecondServer.BASE_URL;

  private final List<Api> clients = new ArrayList<>();
  private final AtomicInteger phones = new AtomicInteger();
  private final AtomicInteger safePhones = new AtomicInteger();
  private final Queue<String> unboundTokens = new ConcurrentLinkedQueue<>();
  private final List<String> boundTokens = new CopyOnWriteArrayList<>();
  private final List<Measurement> table = new ArrayList<>();
  private final List<Measurement> growth = new ArrayList<>();
  private final List<Measurement> rangeChecks = new ArrayList<>();

  /** Not printed, but their errors fail the run like any other. */
  private final List<Measurement> warmUps = new ArrayList<>();

  private String purge = "";
  private String stormOutcomes = "";

  /** A signed-in user without a phone, a phone and a code sent to it, ready to bind. */
  private record ReadyBind(String token, String phone, String code) {}

  @Test
  void bindFlowAgainstItsCeilings() throws Exception {
    String adminUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getProperty("bench.db.user", "postgres");
    String password = System.getProperty("bench.db.password", "postgres");
    String benchUrl = SecondServer.siblingDatabase(adminUrl, user, password, "_bench", true);
    SecondServer server = new SecondServer(controller, deployer);
    SecondServer other = SecondServer.third(controller, deployer);
    Map<String, String> settings =
        new java.util.HashMap<>(
            Map.of(
                "phonebind.db.driver", "postgresql",
                "phonebind.db.url", benchUrl,
                "phonebind.db.user", user,
                "phonebind.db.password", password,
                "phonebind.limits.ip-per-hour", "100000000",
                "phonebind.limits.ip-per-day", "100000000",
                "phonebind.limits.signup-per-ip-per-hour", "100000000",
                "phonebind.password.pbkdf2-iterations", "1000",
                "phonebind.management.access-keys", BENCH_DESK));
    // -Dbench.set.<setting>=<value> starts the server with another value of a setting, to weigh
    // one lever in alternating runs.
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(SETTING)) {
                settings.put(name.substring(SETTING.length()), System.getProperty(name));
              }
            });
    LoadBalancer balancer = null;
    try {
      server.start(settings);
      deployer.deploy(CEILING);
      if (CLUSTER) {
        Map<String, String> second = new java.util.HashMap<>(settings);
        second.put("phonebind.node-id", "bench-2");
        other.startSharingTheDatabaseOf(server, second);
        deployer.deploy(CEILING_THIRD);
        balancer =
            LoadBalancer.start(
                Path.of("target", "haproxy-bench"),
                BALANCER_PORT,
                List.of(
                    LoadBalancer.Node.withOffset("bench-1", 100),
                    LoadBalancer.Node.withOffset("bench-2", 200)));
        baseUrl = balancer.baseUrl();
      }
      try (DatabaseCeiling database = new DatabaseCeiling(benchUrl, user, password)) {
        for (int client = 0; client < CLIENTS; client++) {
          clients.add(new Api(baseUrl));
        }
        measure(database);
      }
    } finally {
      if (balancer != null) {
        balancer.close();
        deployer.undeploy(CEILING_THIRD);
        other.stop();
      }
      deployer.undeploy(CEILING);
      server.stop();
    }
    print();
    for (Measurement measurement : all()) {
      assertEquals(
          0, measurement.errors(), () -> measurement.name() + ": " + measurement.firstError());
    }
  }

  private void measure(DatabaseCeiling database) throws Exception {
    int users = WARM_UP + FLOWS + BINDS + STORM_BINDS + 2 * GROWTH_OPERATIONS;
    table.add(ClosedLoop.run("setup: sign up and sign in", CLIENTS, users, this::signUpAndIn));

    warmUps.add(ClosedLoop.run("warm-up: full flow", CLIENTS, WARM_UP, this::fullFlow));
    table.add(ClosedLoop.run("full flow (4 requests)", CLIENTS, FLOWS, this::fullFlow));

    table.add(
        ClosedLoop.run(
            "send-sms",
            CLIENTS,
            SENDS,
            index -> client(index).sendBindCode(nextPhone()).assertOk()));
    measureRangeChecks();
    List<ReadyBind> ready = readyBinds(BINDS);
    table.add(ClosedLoop.run("bind-phone", CLIENTS, BINDS, index -> bind(index, ready.get(index))));
    measureBindsDuringAStorm(database);
    measureSignIns(database);
    warmUps.add(ClosedLoop.run("warm-up: get-profile", CLIENTS, PROFILES / 5, this::profile));
    table.add(ClosedLoop.run("get-profile", CLIENTS, PROFILES, this::profile));

    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ping = HttpRequest.newBuilder(URI.create(baseUrl + FrameworkCeiling.PATH)).build();
    warmUps.add(ClosedLoop.run("warm-up: ping", CLIENTS, PINGS / 5, index -> ping(http, ping)));
    table.add(
        ClosedLoop.run(
            "framework ceiling: empty JAX-RS GET", CLIENTS, PINGS, index -> ping(http, ping)));

    database.seedBinds(DATABASE_BINDS + DATABASE_BINDS / 5);
    warmUps.add(
        ClosedLoop.run(
            "warm-up: database",
            CLIENTS,
            DATABASE_BINDS / 5,
            index -> database.bind(DATABASE_BINDS + index)));
    table.add(
        ClosedLoop.run(
            "database ceiling: bind's SQL over JDBC", CLIENTS, DATABASE_BINDS, database::bind));

    // Every code so far is used or no longer needed: start the growth from exactly 10k old rows.
    database.deleteCodes();
    database.addOldCodes(0, SMALL_TABLE);
    measureGrowth(database);
    database.addOldCodes(SMALL_TABLE, LARGE_TABLE);
    measureGrowth(database);
    long began = System.nanoTime();
    int purged = database.purgeOldCodes();
    purge =
        String.format(
            "purge of old codes: %,d rows deleted in %.2f s",
            purged, (System.nanoTime() - began) / 1e9);
  }

  /**
   * The cost of the rules against SMS pumping per send: send-sms to numbers of a safe-listed range
   * (the one thing a safe-listed number skips is the range and country checks) against send-sms to
   * numbers that are checked, alternately, twice each, by the same clients.
   */
  private void measureRangeChecks() throws Exception {
    String desk = client(0).managementToken(ManagementApiIT.WRITE_KEY, ManagementApiIT.WRITE_SECRET);
    client(0)
        .post(
            "/api/v3/put-number-rule",
            Map.of("number", "+86" + SAFE_PREFIX, "list", "SAFE", "reason", "the benchmark's"),
            desk)
        .assertOk();
    warmUps.add(
        ClosedLoop.run(
            "warm-up: send-sms, safe-listed",
            CLIENTS,
            SENDS / 5,
            index -> client(index).sendBindCode(nextSafePhone()).assertOk()));
    for (int round = 1; round <= 2; round++) {
      rangeChecks.add(
          ClosedLoop.run(
              "send-sms, range checks #" + round,
              CLIENTS,
              SENDS / 2,
              index -> client(index).sendBindCode(nextPhone()).assertOk()));
      rangeChecks.add(
          ClosedLoop.run(
              "send-sms, safe-listed #" + round,
              CLIENTS,
              SENDS / 2,
              index -> client(index).sendBindCode(nextSafePhone()).assertOk()));
    }
  }

  /**
   * bind-phone again while {@code STORM_CLIENTS} other clients sign up and sign in without pause:
   * the sign-ins check passwords hashed at the shipped cost (210,000 iterations), the sign-ups hash
   * at the benchmark's. The server hashes on half the cores, lets a bounded number wait and answers
   * the rest with 6025, so the binds should keep most of their speed.
   */
  private void measureBindsDuringAStorm(DatabaseCeiling database) throws Exception {
    database.addFullCostAccounts("storm-", STORM_CLIENTS, Api.PASSWORD);
    List<ReadyBind> ready = readyBinds(STORM_BINDS);
    java.util.concurrent.atomic.AtomicBoolean raging =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> outcomes =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService storm =
        java.util.concurrent.Executors.newFixedThreadPool(STORM_CLIENTS);
    AtomicInteger newUsers = new AtomicInteger();
    for (int i = 0; i < STORM_CLIENTS; i++) {
      Api api = new Api(baseUrl);
      String account = "storm-" + i;
      storm.submit(
          () -> {
            while (raging.get()) {
              count(outcomes, "sign-in", api.signIn(account, Api.PASSWORD));
              count(outcomes, "sign-up", api.signUp("storm-new-" + newUsers.getAndIncrement()));
            }
          });
    }
    try {
      Thread.sleep(2_000);
      table.add(
          ClosedLoop.run(
              "bind-phone during a sign-up storm",
              CLIENTS,
              STORM_BINDS,
              index -> bind(index, ready.get(index))));
    } finally {
      raging.set(false);
      storm.shutdown();
      storm.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
    }
    stormOutcomes = new java.util.TreeMap<>(outcomes).toString();
  }

  /**
   * Password sign-ins at the shipped hash cost (210,000 PBKDF2 iterations), each client to an
   * account of its own, as many clients as the other measurements: the rate to set beside
   * Keycloak's password grant at the same cost (the start benchmark measures both in one run).
   */
  private void measureSignIns(DatabaseCeiling database) throws Exception {
    database.addFullCostAccounts("signin-", CLIENTS, Api.PASSWORD);
    warmUps.add(
        ClosedLoop.run(
            "warm-up: sign-in",
            CLIENTS,
            SIGN_INS / 10,
            index -> client(index).signIn("signin-" + index % CLIENTS, Api.PASSWORD).assertOk()));
    table.add(
        ClosedLoop.run(
            "sign-in (210,000 iterations)",
            CLIENTS,
            SIGN_INS,
            index -> client(index).signIn("signin-" + index % CLIENTS, Api.PASSWORD).assertOk()));
  }

  private static void count(
      java.util.Map<String, AtomicInteger> outcomes, String operation, Api.Answer answer) {
    outcomes
        .computeIfAbsent(operation + " apiCode " + answer.apiCode(), key -> new AtomicInteger())
        .incrementAndGet();
  }

  private void measureGrowth(DatabaseCeiling database) throws Exception {
    String rows = String.format("%,d", database.codeRows()) + " code rows";
    growth.add(
        ClosedLoop.run(
            "send-sms, " + rows,
            CLIENTS,
            GROWTH_OPERATIONS,
            index -> client(index).sendBindCode(nextPhone()).assertOk()));
    List<ReadyBind> ready = readyBinds(GROWTH_OPERATIONS);
    growth.add(
        ClosedLoop.run(
            "bind-phone, " + rows,
            CLIENTS,
            GROWTH_OPERATIONS,
            index -> bind(index, ready.get(index))));
  }

  private void signUpAndIn(int index) {
    Api api = client(index);
    String username = "bench-" + index;
    api.signUp(username).assertOk();
    unboundTokens.add(
        api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText());
  }

  /** send-sms, read the code from the development outbox, bind-phone, get-profile. */
  private void fullFlow(int index) {
    Api api = client(index);
    String phone = nextPhone();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);
    String token = nextUnboundUser();
    api.bind(token, phone, code).assertOk();
    assertEquals(phone, api.profile(token).path("phone").asText());
    boundTokens.add(token);
  }

  private List<ReadyBind> readyBinds(int count) {
    ReadyBind[] ready = new ReadyBind[count];
    Measurement setup =
        ClosedLoop.run(
            "setup: send codes to bind",
            CLIENTS,
            count,
            index -> {
              Api api = client(index);
              String phone = nextPhone();
              api.sendBindCode(phone).assertOk();
              ready[index] = new ReadyBind(nextUnboundUser(), phone, api.latestCode("+86" + phone));
            });
    assertEquals(0, setup.errors(), setup::firstError);
    return List.of(ready);
  }

  private void bind(int index, ReadyBind ready) {
    client(index).bind(ready.token(), ready.phone(), ready.code()).assertOk();
    boundTokens.add(ready.token());
  }

  private void profile(int index) {
    String token = boundTokens.get(index % boundTokens.size());
    client(index).profile(token);
  }

  private static void ping(HttpClient http, HttpRequest ping) throws Exception {
    HttpResponse<String> answer = http.send(ping, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);
  }

  private Api client(int index) {
    return clients.get(index % clients.size());
  }

  private String nextUnboundUser() {
    String token = unboundTokens.poll();
    if (token == null) {
      throw new IllegalStateException("the benchmark ran out of prepared users");
    }
    return token;
  }

  /**
   * A mainland China mobile number no one has used in this run, each in another block of 1,000
   * numbers than the last 100,000: sequential numbers would fill one block and look pumped.
   */
  private String nextPhone() {
    return spread("188", phones.getAndIncrement());
  }

  /** The same, in the safe-listed range. */
  private String nextSafePhone() {
    return spread(SAFE_PREFIX, safePhones.getAndIncrement());
  }

  private static String spread(String prefix, int serial) {
    return prefix + String.format("%05d%03d", serial % 100_000, serial / 100_000);
  }

  private List<Measurement> all() {
    List<Measurement> all = new ArrayList<>(warmUps);
    all.addAll(table);
    all.addAll(growth);
    all.addAll(rangeChecks);
    return all;
  }

  private void print() {
    StringBuilder out = new StringBuilder("\n");
    out.append(
        String.format(
            "Bind flow benchmark: PostgreSQL, %s, %d closed-loop clients, %d cores%n",
            CLUSTER ? "two servers behind HAProxy (round robin)" : "one server",
            CLIENTS,
            Runtime.getRuntime().availableProcessors()));
    out.append(header());
    table.forEach(measurement -> out.append(row(measurement)));
    Measurement flow = find("full flow");
    Measurement bind = find("bind-phone");
    Measurement framework = find("framework ceiling");
    Measurement database = find("database ceiling");
    out.append(
        String.format(
            "%nbind-phone / framework ceiling   %6.3f%n",
            bind.perSecond() / framework.perSecond()));
    out.append(
        String.format(
            "bind-phone / database ceiling    %6.3f%n", bind.perSecond() / database.perSecond()));
    out.append(
        String.format(
            "full flow requests / framework   %6.3f%n",
            4 * flow.perSecond() / framework.perSecond()));
    Measurement stormBind = find("bind-phone during");
    out.append(
        String.format(
            "bind-phone p50 storm / alone     %6.2f  (goal: at most 3)%n",
            stormBind.percentileMillis(50) / bind.percentileMillis(50)));
    out.append(String.format("storm (%d clients) answers: %s%n", STORM_CLIENTS, stormOutcomes));
    Measurement signIn = find("sign-in");
    out.append(
        String.format(
            "sign-in at 210,000 iterations    %6.1f/s, p50 %.1f ms%n",
            signIn.perSecond(), signIn.percentileMillis(50)));
    out.append(String.format("%nRules against SMS pumping (range and country checks)%n"));
    out.append(header());
    rangeChecks.forEach(measurement -> out.append(row(measurement)));
    double checkedMillis = 0;
    double safeMillis = 0;
    double checkedRate = 0;
    double safeRate = 0;
    for (Measurement measurement : rangeChecks) {
      boolean checked = measurement.name().contains("range checks");
      checkedMillis += checked ? measurement.percentileMillis(50) : 0;
      safeMillis += checked ? 0 : measurement.percentileMillis(50);
      checkedRate += checked ? measurement.perSecond() : 0;
      safeRate += checked ? 0 : measurement.perSecond();
    }
    out.append(
        String.format(
            "range checks per send, %d clients: p50 %+.2f ms, throughput checked / safe-listed %5.3f%n",
            CLIENTS, (checkedMillis - safeMillis) / 2, checkedRate / safeRate));
    out.append(String.format("%nGrowth: old code rows in verification_codes%n"));
    out.append(header());
    growth.forEach(measurement -> out.append(row(measurement)));
    for (int first = 0; first + 2 < growth.size(); first++) {
      Measurement small = growth.get(first);
      Measurement large = growth.get(first + 2);
      out.append(
          String.format(
              "%-14s 1M / 10k rows: p50 %5.2f  p99 %5.2f  throughput %5.2f%n",
              small.name().substring(0, small.name().indexOf(',')),
              large.percentileMillis(50) / small.percentileMillis(50),
              large.percentileMillis(99) / small.percentileMillis(99),
              large.perSecond() / small.perSecond()));
    }
    out.append(purge).append('\n');
    System.out.println(out);
  }

  private Measurement find(String prefix) {
    return table.stream()
        .filter(measurement -> measurement.name().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  private static String header() {
    return String.format(
        "%-40s %7s %9s %9s %9s %7s%n", "measurement", "ops", "ops/s", "p50 ms", "p99 ms", "errors");
  }

  private static String row(Measurement measurement) {
    return String.format(
        "%-40s %7d %9.1f %9.2f %9.2f %7d%n",
        measurement.name(),
        measurement.count(),
        measurement.perSecond(),
        measurement.percentileMillis(50),
        measurement.percentileMillis(99),
        measurement.errors());
  }

  private static int scaled(int count) {
    return Math.max(10, (int) (count * SCALE));
  }
}
