import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start time and memory of the server as shipped, side by side with Keycloak 26.4.7 ({@code
 * start-dev}), in alternating runs on this machine: time from launch to the first HTTP 200 (the
 * API's {@code /api/v3/get-profile}; Keycloak's {@code /realms/master}), resident memory of the
 * process tree 5 s later, and again after a load of the same length on each (our bind flow; a
 * password grant on Keycloak). Each server's first start (our schema, Keycloak's build) is left out.
 * Each round also starts ours once more with the shipped password hashing (PBKDF2-HMAC-SHA256,
 * 210,000 iterations) and measures password sign-ins per second under the same load, and Keycloak
 * once more with its realm's password policy set to the same hash ({@code hashAlgorithm(pbkdf2-sha256)
 * and hashIterations(210000)}; its own default is Argon2id, 5 passes over 7 MB), its password
 * grants per second likewise.
 *
 * <p>Authenticated reads are measured in {@code read.phases} (4) back-to-back phases of the load's
 * length, each with a fresh token: the first shows the rate while the JIT compilers still work,
 * the last the rate once they are done (both servers take tens of seconds to get there on two
 * cores).
 *
 * <p>Besides, each round may start the same provisioned WildFly with no deployment (the runtime's
 * share) and with a minimal EAR (one entity, one Faces page, one JAX-RS resource: the floor of the
 * stack an application of this shape stands on).
 *
 * <pre>java ear/src/bench/StartBenchmark.java SERVER_HOME KEYCLOAK_HOME JAVA25_HOME [rounds] [BARE_HOME] [FLOOR_HOME]</pre>
 *
 * The script ear/src/bench/start-benchmark.sh unpacks both and runs this.
 */
public class StartBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private static final Duration LOAD = Duration.ofSeconds(Long.getLong("load.seconds", 20));
  private static final int LOAD_CLIENTS = Integer.getInteger("load.clients", 8);
  private static final int READ_PHASES = Integer.getInteger("read.phases", 4);
  /** The code in an SMS's autofill line ({@code @host #123456}). */
  private static final Pattern CODE = Pattern.compile("@\\S+ #(\\d+)");

  /**
   * One start: wall-clock seconds to the first answer and the CPU seconds the server's processes
   * spent until then (steadier than the wall clock on a shared machine), memory, load results.
   */
  record Sample(
      double startSeconds,
      double startCpuSeconds,
      double idleMb,
      double loadedMb,
      long operations,
      long reads,
      long warmReads) {}

  public static void main(String[] args) throws Exception {
    Path server = Path.of(args[0]).toAbsolutePath();
    Path keycloak = Path.of(args[1]).toAbsolutePath();
    String java25 = args[2];
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

    boolean withKeycloak = !args[1].equals("-");
    Path bare = args.length > 4 ? Path.of(args[4]).toAbsolutePath() : null;
    Path floor = args.length > 5 ? Path.of(args[5]).toAbsolutePath() : null;
    System.out.println("first starts (left out): ours " + ours(server).startSeconds + " s");
    if (withKeycloak) {
      System.out.println("                         keycloak " + keycloak(keycloak, java25).startSeconds + " s");
    } else {
      // Only ours, to weigh one lever at a time.
      for (int round = 1; round <= rounds; round++) {
        System.out.printf(Locale.ROOT, "round %d: ours %s%n", round, describe(ours(server)));
      }
      return;
    }
    // Their first starts write their class archives: left out as well.
    if (bare != null) {
      bareRuntime(bare);
    }
    if (floor != null) {
      floorRuntime(floor);
    }
    List<Sample> oursSamples = new ArrayList<>();
    List<Sample> keycloakSamples = new ArrayList<>();
    List<Sample> signInSamples = new ArrayList<>();
    List<Sample> grantSamples = new ArrayList<>();
    List<Sample> bareSamples = new ArrayList<>();
    List<Sample> floorSamples = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      if (bare != null) {
        Sample b = bareRuntime(bare);
        bareSamples.add(b);
        System.out.printf(Locale.ROOT, "round %d: bare runtime %.2f s (%.1f s CPU), %.0f MB idle%n", round, b.startSeconds, b.startCpuSeconds, b.idleMb);
      }
      if (floor != null) {
        Sample f = floorRuntime(floor);
        floorSamples.add(f);
        System.out.printf(Locale.ROOT, "round %d: minimal EAR %.2f s (%.1f s CPU), %.0f MB idle%n", round, f.startSeconds, f.startCpuSeconds, f.idleMb);
      }
      Sample o = ours(server);
      Sample k = keycloak(keycloak, java25);
      Sample s = oursSigningIn(server);
      Sample g = keycloakAtEqualHashCost(keycloak, java25);
      oursSamples.add(o);
      keycloakSamples.add(k);
      signInSamples.add(s);
      grantSamples.add(g);
      System.out.printf(
          Locale.ROOT, "round %d: ours %s | keycloak %s%n", round, describe(o), describe(k));
      System.out.printf(
          Locale.ROOT,
          "round %d: password sign-ins/s: ours (PBKDF2-SHA256, 210,000) %.1f | keycloak grants at"
              + " the same hash %.1f, at its default (Argon2id) %.1f%n",
          round,
          perSecond(s),
          perSecond(g),
          perSecond(k));
    }
    Sample o = median(oursSamples);
    Sample k = median(keycloakSamples);
    System.out.println();
    System.out.println("| median of " + rounds + " | start to first 200 | CPU until then | RSS idle | RSS after load | load operations |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    System.out.printf(Locale.ROOT, "| this service | %.2f s | %.1f s | %.0f MB | %.0f MB | %d |%n", o.startSeconds, o.startCpuSeconds, o.idleMb, o.loadedMb, o.operations);
    System.out.printf(Locale.ROOT, "| Keycloak 26.4.7 | %.2f s | %.1f s | %.0f MB | %.0f MB | %d |%n", k.startSeconds, k.startCpuSeconds, k.idleMb, k.loadedMb, k.operations);
    System.out.printf(
        Locale.ROOT,
        "| ratio (ours / Keycloak) | %.2f | %.2f | %.2f | %.2f | |%n",
        o.startSeconds / k.startSeconds,
        o.startCpuSeconds / k.startCpuSeconds,
        o.idleMb / k.idleMb,
        o.loadedMb / k.loadedMb);
    if (!bareSamples.isEmpty()) {
      Sample b = median(bareSamples);
      System.out.printf(Locale.ROOT, "| the same WildFly without the EAR | %.2f s | %.1f s | %.0f MB | | |%n", b.startSeconds, b.startCpuSeconds, b.idleMb);
    }
    if (!floorSamples.isEmpty()) {
      Sample f = median(floorSamples);
      System.out.printf(Locale.ROOT, "| the same WildFly with a minimal EAR | %.2f s | %.1f s | %.0f MB | | |%n", f.startSeconds, f.startCpuSeconds, f.idleMb);
      System.out.printf(Locale.ROOT, "| minimal EAR / Keycloak | %.2f | %.2f | %.2f | | |%n", f.startSeconds / k.startSeconds, f.startCpuSeconds / k.startCpuSeconds, f.idleMb / k.idleMb);
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "authenticated reads per second (%d clients, median of %d), ours get-profile against"
            + " Keycloak userinfo: first %d s %.0f and %.0f, ratio %.2f; after %d s of reads %.0f"
            + " and %.0f, ratio %.2f%n",
        LOAD_CLIENTS,
        rounds,
        LOAD.toSeconds(),
        readsPerSecond(o.reads),
        readsPerSecond(k.reads),
        readsPerSecond(o.reads) / readsPerSecond(k.reads),
        LOAD.toSeconds() * (READ_PHASES - 1),
        readsPerSecond(o.warmReads),
        readsPerSecond(k.warmReads),
        readsPerSecond(o.warmReads) / readsPerSecond(k.warmReads));
    Sample s = median(signInSamples);
    Sample g = median(grantSamples);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "password sign-ins per second (%d clients, PBKDF2-HMAC-SHA256 at 210,000 iterations on"
            + " both sides, median of %d): ours %.1f, Keycloak's password grant %.1f, ratio %.2f"
            + " (Keycloak at its default Argon2id: %.1f)%n",
        LOAD_CLIENTS,
        rounds,
        perSecond(s),
        perSecond(g),
        perSecond(s) / perSecond(g),
        perSecond(k));
  }

  private static double perSecond(Sample sample) {
    return sample.operations / (double) LOAD.toSeconds();
  }

  private static double readsPerSecond(long reads) {
    return reads / (double) LOAD.toSeconds();
  }

  private static String describe(Sample s) {
    return String.format(
        Locale.ROOT,
        "%.2f s (%.1f s CPU), %.0f MB idle, %.0f MB after %d operations, %.0f reads/s, %.0f warm",
        s.startSeconds,
        s.startCpuSeconds,
        s.idleMb,
        s.loadedMb,
        s.operations,
        readsPerSecond(s.reads),
        readsPerSecond(s.warmReads));
  }

  private static Sample median(List<Sample> samples) {
    return new Sample(
        medianOf(samples.stream().mapToDouble(Sample::startSeconds).toArray()),
        medianOf(samples.stream().mapToDouble(Sample::startCpuSeconds).toArray()),
        medianOf(samples.stream().mapToDouble(Sample::idleMb).toArray()),
        medianOf(samples.stream().mapToDouble(Sample::loadedMb).toArray()),
        (long) medianOf(samples.stream().mapToDouble(Sample::operations).toArray()),
        (long) medianOf(samples.stream().mapToDouble(Sample::reads).toArray()),
        (long) medianOf(samples.stream().mapToDouble(Sample::warmReads).toArray()));
  }

  private static double medianOf(double[] values) {
    java.util.Arrays.sort(values);
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  private static final String OURS = "http://127.0.0.1:8080";
  private static final String KEYCLOAK = "http://127.0.0.1:8180";

  private static Sample ours(Path home) throws Exception {
    ProcessBuilder builder = oursStarting(home);
    builder.environment().put("PHONEBIND_PASSWORD_PBKDF2_ITERATIONS", "1000");
    builder.environment().put("PHONEBIND_LIMITS_SIGNUP_PER_IP_PER_HOUR", "100000");
    return measure(
        builder,
        home.resolve("bench-server.log"),
        OURS + "/api/v3/get-profile",
        () -> bindLoad(OURS),
        () -> profileLoad(OURS));
  }

  /**
   * The same WildFly with no EAR deployed: how much of the start and the memory is the runtime's.
   * It answers 503 to everything (no deployment), which is its first answer.
   */
  private static Sample bareRuntime(Path home) throws Exception {
    return measure(oursStarting(home), home.resolve("bench-bare.log"), OURS + "/", status -> status > 0, () -> 0, () -> 0);
  }

  /** The same WildFly with the minimal EAR; its first 200 is the resource's answer. */
  private static Sample floorRuntime(Path home) throws Exception {
    return measure(oursStarting(home), home.resolve("bench-floor.log"), OURS + "/api/item", () -> 0, () -> 0);
  }

  /** Ours with the shipped password hashing, under a load of password sign-ins. */
  private static Sample oursSigningIn(Path home) throws Exception {
    return measure(
        oursStarting(home),
        home.resolve("bench-server-signin.log"),
        OURS + "/api/v3/get-profile",
        () -> signInLoad(OURS),
        () -> 0);
  }

  /** Our shipped script, trusting the benchmark's clients to name their addresses. */
  private static ProcessBuilder oursStarting(Path home) {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "bin/phone-binding.sh").directory(home.toFile());
    builder.environment().put("PHONEBIND_TRUSTED_PROXIES", "127.0.0.1");
    // Nothing balances the load here: the benchmark's stops need not wait for a balancer.
    builder.environment().put("PHONEBIND_DRAIN_SECONDS", "0");
    return builder;
  }

  private static Sample keycloak(Path home, String java25) throws Exception {
    return measure(
        keycloakStarting(home, java25),
        home.resolve("bench-keycloak.log"),
        KEYCLOAK + "/realms/master",
        () -> tokenLoad(KEYCLOAK),
        () -> userinfoLoad(KEYCLOAK));
  }

  /** Keycloak with the master realm's passwords hashed as ours are, under password grants. */
  private static Sample keycloakAtEqualHashCost(Path home, String java25) throws Exception {
    return measure(
        keycloakStarting(home, java25),
        home.resolve("bench-keycloak-pbkdf2.log"),
        KEYCLOAK + "/realms/master",
        () -> {
          setPasswordPolicy(KEYCLOAK, "hashAlgorithm(pbkdf2-sha256) and hashIterations(210000)");
          long grants = tokenLoad(KEYCLOAK);
          // Keycloak keeps its database between starts: its default again for the next round.
          setPasswordPolicy(KEYCLOAK, "");
          return grants;
        },
        () -> 0);
  }

  private static ProcessBuilder keycloakStarting(Path home, String java25) {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "bin/kc.sh", "start-dev", "--http-port=8180")
            .directory(home.toFile());
    builder.environment().put("JAVA_HOME", java25);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    return builder;
  }

  /**
   * Sets the master realm's password policy; Keycloak hashes the admin's password again by it at
   * the next sign-in, which this makes.
   */
  private static void setPasswordPolicy(String base, String policy) throws Exception {
    String token = field(grant(base), "access_token");
    HttpResponse<String> updated =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/realms/master"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"passwordPolicy\":\"" + policy + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (updated.statusCode() != 204) {
      throw new IllegalStateException("policy not set: " + updated.statusCode() + updated.body());
    }
    expect(grant(base), "access_token");
  }

  private static String grant(String base) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  interface Load {
    long run() throws Exception;
  }

  private static Sample measure(
      ProcessBuilder builder, Path log, String probe, Load load, Load reading) throws Exception {
    return measure(builder, log, probe, status -> status == 200, load, reading);
  }

  private static Sample measure(
      ProcessBuilder builder,
      Path log,
      String probe,
      java.util.function.IntPredicate up,
      Load load,
      Load reading)
      throws Exception {
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long launched = System.nanoTime();
    Process process = builder.start();
    try {
      while (!up.test(status(probe))) {
        if (!process.isAlive()) {
          throw new IllegalStateException("ended: " + Files.readString(log));
        }
        if (System.nanoTime() - launched > TimeUnit.MINUTES.toNanos(5)) {
          throw new IllegalStateException("no 200 from " + probe);
        }
        Thread.sleep(20);
      }
      double start = (System.nanoTime() - launched) / 1e9;
      double startCpu = cpuSeconds(process);
      Thread.sleep(5000);
      double idle = rssMb(process);
      long operations = load.run();
      double loaded = rssMb(process);
      if (Boolean.getBoolean("histogram")) {
        printHistogram(process);
      }
      long reads = reading.run();
      long warmReads = reads;
      for (int phase = 2; phase <= READ_PHASES; phase++) {
        warmReads = reading.run();
      }
      return new Sample(start, startCpu, idle, loaded, operations, reads, warmReads);
    } finally {
      stop(process);
    }
  }

  private static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notYet) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The process and everything it started. */
  private static List<ProcessHandle> tree(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    return tree;
  }

  /** CPU time of the process and everything it started, so far. */
  private static double cpuSeconds(Process process) {
    return tree(process).stream()
            .mapToLong(
                member -> member.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
            .sum()
        / 1000.0;
  }

  /** Resident memory of the process and everything it started, from /proc. */
  private static double rssMb(Process process) throws IOException {
    long kb = 0;
    for (ProcessHandle member : tree(process)) {
      Path status = Path.of("/proc", String.valueOf(member.pid()), "status");
      if (Files.exists(status)) {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmRSS:")) {
            kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      }
    }
    return kb / 1024.0;
  }

  private static void stop(Process process) throws InterruptedException {
    List<ProcessHandle> tree = tree(process);
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle member : tree) {
      try {
        member.onExit().get(60, TimeUnit.SECONDS);
      } catch (Exception stuck) {
        member.destroyForcibly();
      }
    }
    Thread.sleep(2000);
  }

  /** Closed loop of LOAD_CLIENTS clients: sign up, send a code, bind it; operations counted. */
  private static long bindLoad(String base) throws Exception {
    return closedLoop(
        () -> {
          String ip = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
          String user = "b" + UUID.randomUUID().toString().substring(0, 12);
          String signUp =
              "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"" + user + "\",\"password\":\"bench-password-1\"}}";
          expect(post(base + "/api/v3/signup", signUp, null, ip), "\"apiCode\":0");
          String signIn =
              "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"" + user + "\",\"password\":\"bench-password-1\"}}";
          String token = field(expect(post(base + "/api/v3/signin", signIn, null, ip), "\"apiCode\":0"), "access_token");
          String phone = "188" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
          expect(post(base + "/api/v3/send-sms", "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":\"" + phone + "\"}", null, ip), "\"apiCode\":0");
          String sent = get(base + "/api/dev/sms?phone=%2B86" + phone);
          Matcher code = CODE.matcher(sent);
          if (!code.find()) {
            throw new IllegalStateException("no code: " + sent);
          }
          String bound = post(base + "/api/v3/bind-phone", "{\"phoneNumber\":\"" + phone + "\",\"passCode\":\"" + code.group(1) + "\"}", token, ip);
          // A random number can be one an earlier run bound (2035): that flow still did its work.
          if (!bound.contains("\"apiCode\":2035")) {
            expect(bound, "\"apiCode\":0");
          }
        });
  }

  /**
   * Closed loop of LOAD_CLIENTS clients, each from an address of its own: a password sign-in to
   * one account (made by the first run; the server keeps its database between starts).
   */
  private static long signInLoad(String base) throws Exception {
    String credentials =
        "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"signin-bench\","
            + "\"password\":\"bench-password-1\"}}";
    String made = post(base + "/api/v3/signup", credentials, null, "10.255.0.1");
    if (!made.contains("\"apiCode\":2034")) {
      expect(made, "\"apiCode\":0");
    }
    AtomicLong clientNumber = new AtomicLong();
    ThreadLocal<String> address =
        ThreadLocal.withInitial(() -> "10.254.0." + (1 + clientNumber.getAndIncrement()));
    return closedLoop(
        () -> expect(post(base + "/api/v3/signin", credentials, null, address.get()), "\"apiCode\":0"));
  }

  /** Closed loop of LOAD_CLIENTS clients reading one signed-in user's profile. */
  private static long profileLoad(String base) throws Exception {
    String user = "r" + UUID.randomUUID().toString().substring(0, 12);
    String credentials =
        "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"" + user + "\",\"password\":\"bench-password-1\"}}";
    expect(post(base + "/api/v3/signup", credentials, null, "10.253.0.1"), "\"apiCode\":0");
    String token =
        field(expect(post(base + "/api/v3/signin", credentials, null, "10.253.0.1"), "\"apiCode\":0"), "access_token");
    return closedLoop(() -> expect(get(base + "/api/v3/get-profile", token), "\"apiCode\":0"));
  }

  /** Closed loop of LOAD_CLIENTS clients: OpenID Connect userinfo with Keycloak's admin's token. */
  private static long userinfoLoad(String base) throws Exception {
    String token =
        field(
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin&password=admin&scope=openid"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body(),
            "access_token");
    return closedLoop(
        () -> expect(get(base + "/realms/master/protocol/openid-connect/userinfo", token), "\"sub\""));
  }

  /**
   * The live heap after the load, by class and by the library that owns it (the first three
   * parts of a class's package), from {@code jcmd GC.class_histogram} of the server's JVM.
   */
  private static void printHistogram(Process process) throws Exception {
    ProcessHandle jvm =
        process.descendants()
            .filter(p -> p.info().command().orElse("").endsWith("java"))
            .findFirst()
            .orElse(process.toHandle());
    Process jcmd =
        new ProcessBuilder("jcmd", String.valueOf(jvm.pid()), "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    List<String> lines = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    jcmd.waitFor();
    java.util.Map<String, Long> byOwner = new java.util.TreeMap<>();
    long total = 0;
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 4 && parts[0].endsWith(":")) {
        long bytes = Long.parseLong(parts[2]);
        total += bytes;
        String name = parts[3];
        String[] packages = name.split("\\.");
        String owner =
            packages.length > 3 ? String.join(".", java.util.Arrays.copyOf(packages, 3)) : name;
        byOwner.merge(owner, bytes, Long::sum);
      }
    }
    System.out.printf(Locale.ROOT, "live heap %.1f MB; largest classes:%n", total / 1048576.0);
    lines.stream().skip(3).limit(10).forEach(line -> System.out.println("  " + line.trim()));
    System.out.println("largest owners:");
    byOwner.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %-45s %6.1f MB%n", e.getKey(), e.getValue() / 1048576.0));
  }

  /** Closed loop of LOAD_CLIENTS clients: a password grant for Keycloak's admin. */
  private static long tokenLoad(String base) throws Exception {
    return closedLoop(() -> expect(grant(base), "access_token"));
  }

  interface Operation {
    void run() throws Exception;
  }

  private static long closedLoop(Operation operation) throws Exception {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + LOAD.toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(LOAD_CLIENTS);
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (int i = 0; i < LOAD_CLIENTS; i++) {
      running.add(
          clients.submit(
              () -> {
                while (System.nanoTime() < end) {
                  operation.run();
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    try {
      for (var client : running) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return done.get();
  }

  private static String post(String url, String json, String token, String ip) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", ip)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String get(String url) throws Exception {
    return get(url, null);
  }

  private static String get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String expect(String body, String part) {
    if (!body.contains(part)) {
      throw new IllegalStateException("unexpected answer: " + body);
    }
    return body;
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!value.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return value.group(1);
  }
}
