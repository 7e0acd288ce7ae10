package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * A second WildFly ("restartable" in arquillian.xml, ports +100) that a test starts with its own
 * configuration, restarts and stops, while the shared test server keeps running. It has a base
 * directory and a database of its own (its own H2 file, or a database beside the PostgreSQL one of
 * the suite), so its outbox dispatcher and the shared server's never take each other's messages.
 * Tests that use it extend {@link SecondServerTest}, which declares its deployment.
 */
final class SecondServer implements Database {

  static final String NAME = "restartable";
  static final String DEPLOYMENT = "second-server-ear";
  static final String BASE_URL = "http://localhost:8180";

  /** A third server ("third" in arquillian.xml, ports +200), for two nodes beside the suite's. */
  static final String THIRD_NAME = "third";

  static final String THIRD_DEPLOYMENT = "third-server-ear";

  private final ContainerController controller;
  private final Deployer deployer;
  private final String name;
  private final String deployment;
  private final int portOffset;
  private final Path baseDirectory;
  private static org.h2.tools.Server h2;
  private Map<String, String> configuration;
  private String databaseUrl;

  SecondServer(ContainerController controller, Deployer deployer) {
    this(
        controller,
        deployer,
        NAME,
        DEPLOYMENT,
        100,
        Path.of(System.getProperty("phonebinding.it.restart-base")));
  }

  private SecondServer(
      ContainerController controller,
      Deployer deployer,
      String name,
      String deployment,
      int portOffset,
      Path baseDirectory) {
    this.controller = controller;
    this.deployer = deployer;
    this.name = name;
    this.deployment = deployment;
    this.portOffset = portOffset;
    this.baseDirectory = baseDirectory;
  }

  /** The third server, with a base directory of its own beside the second's. */
  static SecondServer third(ContainerController controller, Deployer deployer) {
    Path second = Path.of(System.getProperty("phonebinding.it.restart-base"));
    return new SecondServer(
        controller,
        deployer,
        THIRD_NAME,
        THIRD_DEPLOYMENT,
        200,
        second.resolveSibling(second.getFileName() + "-third"));
  }

  /** Starts this server on another one's database, as a second node of a cluster beside it. */
  void startSharingTheDatabaseOf(SecondServer other, Map<String, String> settings) {
    Map<String, String> shared = new LinkedHashMap<>(settings);
    shared.put(
        "phonebind.db.driver",
        other.databaseUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2");
    shared.put("phonebind.db.url", other.databaseUrl);
    shared.putIfAbsent("phonebind.node-id", name);
    start(shared, false);
  }

  /** Starts the server with these {@code phonebind.*} settings and deploys the EAR. */
  void start(Map<String, String> settings) {
    start(settings, false);
  }

  /**
   * Starts the server with settings its start must refuse, and stops it again.
   *
   * @return why the start failed: the exception's causes and what the server logged
   */
  String refusedStart(Map<String, String> settings) {
    Exception refused = assertThrows(Exception.class, () -> start(settings));
    try {
      StringBuilder reason = new StringBuilder();
      for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
        reason.append(cause.getMessage()).append(" | ");
      }
      return reason.append(log()).toString();
    } finally {
      controller.stop(name);
    }
  }

  /**
   * Starts the server on the shared test server's own database, as a second node of a cluster: the
   * same PostgreSQL database, or the same H2 file (opened in AUTO_SERVER mode by both).
   */
  void startSharingTheDatabase(Map<String, String> settings) {
    start(settings, true);
  }

  private void start(Map<String, String> settings, boolean shareDatabase) {
    Path base = prepareBaseDirectory(baseDirectory);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("jboss.socket.binding.port-offset", String.valueOf(portOffset));
    properties.put("jboss.server.base.dir", base.toString());
    properties.put("phonebind.password.pbkdf2-iterations", "10000");
    properties.put("phonebind.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
    properties.put("phonebind.limits.signup-per-ip-per-hour", "100000");
    properties.putAll(shareDatabase ? sharedDatabase() : ownDatabase(base));
    properties.putAll(settings);
    databaseUrl = properties.get("phonebind.db.url");
    String vmArguments =
        "-Xms256m -Xmx768m "
            + properties.entrySet().stream()
                .map(property -> "-D" + property.getKey() + "=" + property.getValue())
                .collect(Collectors.joining(" "));
    configuration = Map.of("javaVmArguments", vmArguments);
    controller.start(name, configuration);
    deployer.deploy(deployment);
  }

  /** Stops the JVM (gracefully, as an operator's restart would) and starts a new one. */
  void restart() {
    controller.stop(name);
    controller.start(name, configuration);
  }

  /**
   * Undeploys and stops the server; after a start that failed it only stops it, so the failure of
   * the start is the one the test reports.
   */
  void stop() {
    try {
      if (controller.isStarted(name)) {
        deployer.undeploy(deployment);
      }
    } finally {
      controller.stop(name);
    }
  }

  /**
   * Stops the JVM with the EAR still deployed, as an operator's stop or a lost host would: it does
   * not go through an undeployment first.
   */
  void shutDown() {
    controller.stop(name);
  }

  /** Starts the JVM again after {@link #shutDown}, with its configuration and its EAR. */
  void startAgain() {
    controller.start(name, configuration);
  }

  /**
   * Suspends the server, as an operator drains it before a stop: it finishes what it is doing,
   * answers new requests 503 and reports itself not ready, so a load balancer sends its traffic to
   * the other servers.
   */
  void suspend() {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create("127.0.0.1", 9990 + portOffset)) {
      ModelNode suspend = new ModelNode();
      suspend.get("operation").set("suspend");
      suspend.get("address").setEmptyList();
      suspend.get("suspend-timeout").set(10);
      ModelNode outcome = client.execute(suspend);
      if (!"success".equals(outcome.get("outcome").asString())) {
        throw new IllegalStateException("suspend failed: " + outcome);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the server has logged so far (its {@code server.log}). */
  String log() {
    Path file = baseDirectory.resolve("log").resolve("server.log");
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Connection database() throws SQLException {
    return DriverManager.getConnection(
        databaseUrl, envOr("PHONEBIND_DB_USER", "sa"), envOr("PHONEBIND_DB_PASSWORD", "sa"));
  }

  Api api() {
    return new Api("http://localhost:" + (8080 + portOffset));
  }

  private static Map<String, String> sharedDatabase() {
    String suiteUrl = System.getenv("PHONEBIND_DB_URL");
    if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
      return Map.of("phonebind.db.driver", "postgresql", "phonebind.db.url", suiteUrl);
    }
    return Map.of(
        "phonebind.db.driver",
        "h2",
        "phonebind.db.url",
        System.getProperty("phonebinding.it.h2-url"));
  }

  private static Map<String, String> ownDatabase(Path base) {
    String suiteUrl = System.getenv("PHONEBIND_DB_URL");
    if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
      return Map.of(
          "phonebind.db.driver", "postgresql", "phonebind.db.url", createSiblingDatabase(suiteUrl));
    }
    return Map.of("phonebind.db.driver", "h2", "phonebind.db.url", h2Database(base));
  }

  /**
   * The H2 database is served by this test JVM over TCP, not opened as a file by the server: a
   * server stopping mid-delivery must still record that delivery (an embedded H2 closes with its
   * JVM), and the test reads the same database as the server meanwhile.
   */
  private static synchronized String h2Database(Path base) {
    try {
      if (h2 == null) {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
          port = free.getLocalPort();
        }
        h2 =
            org.h2.tools.Server.createTcpServer(
                    "-tcpPort",
                    String.valueOf(port),
                    "-ifNotExists",
                    "-baseDir",
                    base.resolve("data").toString())
                .start();
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot start an H2 server", e);
    }
    return "jdbc:h2:tcp://127.0.0.1:"
        + h2.getPort()
        + "/phonebinding/phonebinding;LOCK_TIMEOUT=10000";
  }

  /** {@code jdbc:postgresql://host/test} gives {@code jdbc:postgresql://host/test_second}. */
  private static String createSiblingDatabase(String suiteUrl) {
    return siblingDatabase(
        suiteUrl,
        envOr("PHONEBIND_DB_USER", "sa"),
        envOr("PHONEBIND_DB_PASSWORD", "sa"),
        "_second",
        false);
  }

  /**
   * A database beside the suite's PostgreSQL one, named with this suffix, created when missing (or
   * dropped and created again when {@code fresh}); answers its JDBC URL.
   */
  static String siblingDatabase(
      String suiteUrl, String user, String password, String suffix, boolean fresh) {
    int slash = suiteUrl.lastIndexOf('/');
    int query = suiteUrl.indexOf('?', slash);
    String database = suiteUrl.substring(slash + 1, query < 0 ? suiteUrl.length() : query) + suffix;
    try (Connection connection = DriverManager.getConnection(suiteUrl, user, password);
        Statement statement = connection.createStatement()) {
      if (fresh) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
      try (ResultSet found =
          statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (!found.next()) {
          statement.execute("create database " + database);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
    return suiteUrl.substring(0, slash + 1)
        + database
        + (query < 0 ? "" : suiteUrl.substring(query));
  }

  /** A fresh copy of the provisioned configuration as the server's base directory. */
  private static Path prepareBaseDirectory(Path base) {
    Path configuration = Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
    Path target = base.resolve("configuration");
    try {
      // Each start logs afresh, so a test reads only what its own server logged.
      Files.deleteIfExists(base.resolve("log").resolve("server.log"));
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(configuration)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      // The shared server may have the EAR deployed right now; this server deploys its own.
      Path standalone = target.resolve("standalone.xml");
      String config = Files.readString(standalone);
      Files.writeString(standalone, config.replaceAll("(?s)<deployments>.*?</deployments>", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return base;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
