package io.phonebinding.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The one database of a cluster of servers started by their scripts: a fresh PostgreSQL database
 * beside the suite's when the suite runs on PostgreSQL, else an H2 database served over TCP by this
 * test JVM (an embedded H2 belongs to one server).
 */
final class ClusterDatabase implements Database, AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final org.h2.tools.Server h2;

  private ClusterDatabase(String url, String user, String password, org.h2.tools.Server h2) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2 = h2;
  }

  /** A fresh database; {@code h2Directory} holds it when it is H2. */
  static ClusterDatabase create(Path h2Directory) throws SQLException {
    String suiteUrl = System.getenv("PHONEBIND_DB_URL");
    if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
      String user = System.getenv().getOrDefault("PHONEBIND_DB_USER", "sa");
      String password = System.getenv().getOrDefault("PHONEBIND_DB_PASSWORD", "sa");
      return new ClusterDatabase(
          SecondServer.siblingDatabase(suiteUrl, user, password, "_cluster", true),
          user,
          password,
          null);
    }
    org.h2.tools.Server h2 =
        org.h2.tools.Server.createTcpServer(
                "-tcpPort", "0", "-ifNotExists", "-baseDir", h2Directory.toString())
            .start();
    return new ClusterDatabase(
        "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/cluster;LOCK_TIMEOUT=10000", "sa", "sa", h2);
  }

  boolean isPostgreSql() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The servers' environment variables for it. */
  Map<String, String> settings() {
    return Map.of(
        "PHONEBIND_DB_DRIVER",
        isPostgreSql() ? "postgresql" : "h2",
        "PHONEBIND_DB_URL",
        url,
        "PHONEBIND_DB_USER",
        user,
        "PHONEBIND_DB_PASSWORD",
        password);
  }

  @Override
  public Connection database() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Outbox messages a dispatcher holds a lease on right now. */
  int messagesBeingSent() throws SQLException {
    return count("select count(*) from sms_outbox where status = ?", "SENDING");
  }

  /** How many times the migration of this version was applied, successfully. */
  int applied(String version) throws SQLException {
    return count(
        "select count(*) from \"flyway_schema_history\" where \"version\" = ? and \"success\" = true",
        version);
  }

  private int count(String sql, String parameter) throws SQLException {
    try (Connection connection = database();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  @Override
  public void close() {
    if (h2 != null) {
      h2.stop();
    }
  }
}
