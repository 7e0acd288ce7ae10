package io.phonebinding.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Straight JDBC on the benchmark's PostgreSQL database: the database ceiling (the statements one
 * bind-phone executes, as Hibernate logs them under {@code org.hibernate.SQL}, in one transaction
 * per bind) and the old code rows of the growth measurement.
 */
final class DatabaseCeiling implements AutoCloseable {

  /** What one successful bind-phone runs, in order; keep in step with the service. */
  static final List<String> BIND_STATEMENTS =
      List.of(
          "select u.token_generation from users u where u.id = ?",
          "select e.created_at from audit_events e where e.user_id = ? and e.outcome = 'REFUSED'"
              + " and e.created_at > ? order by e.created_at fetch first 30 rows only",
          "select u.id, u.created_at, u.email, u.password_hash, u.phone, u.phone_country_code,"
              + " u.phone_verified, u.updated_at, u.username, u.version from users u where u.id = ?"
              + " for no key update",
          "select c.id, c.attempts_left, c.channel, c.code_hash, c.consumed_at, c.created_at,"
              + " c.expires_at, c.phone, c.requested_ip from verification_codes c"
              + " where c.phone = ? and c.channel = ? for no key update",
          "select u.id, u.created_at, u.email, u.password_hash, u.phone, u.phone_country_code,"
              + " u.phone_verified, u.updated_at, u.username, u.version from users u where u.phone = ?",
          "update users set created_at = ?, email = ?, password_hash = ?, phone = ?,"
              + " phone_country_code = ?, phone_verified = ?, updated_at = ?, username = ?, version = ?"
              + " where id = ? and version = ?",
          "update verification_codes set attempts_left = ?, channel = ?, code_hash = ?,"
              + " consumed_at = ?, created_at = ?, expires_at = ?, phone = ?, requested_ip = ?"
              + " where id = ?",
          "insert into audit_events (action, api_code, client_ip, created_at, outcome,"
              + " phone_masked, user_agent, user_id) values (?, ?, ?, ?, ?, ?, ?, ?)");

  private static final String CHANNEL = "CHANNEL_BIND_PHONE";

  /** PBKDF2 iterations of a shipped server's password hashes. */
  static final int FULL_COST = 210_000;

  private final String url;
  private final String user;
  private final String password;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();

  DatabaseCeiling(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Users {@code dbceiling-<i>} without a phone, and a live code for phone i of each. */
  void seedBinds(int count) throws SQLException {
    execute(
        "insert into users (id, username, password_hash, phone_verified, created_at, updated_at, version)"
            + " select 'dbceiling-' || g, 'dbceiling-' || g, 'not-a-hash', false, now(), now(), 0"
            + " from generate_series(0, "
            + (count - 1)
            + ") g");
    execute(
        "insert into verification_codes (phone, channel, code_hash, created_at, expires_at, attempts_left)"
            + " select '+86177' || lpad(g::text, 8, '0'), '"
            + CHANNEL
            + "', repeat('a', 64), now(),"
            + " now() + interval '5 minutes', 5 from generate_series(0, "
            + (count - 1)
            + ") g");
  }

  /**
   * Binds phone i to user {@code dbceiling-<i>} with the statements of {@link #BIND_STATEMENTS}:
   * the token's generation, the account's recent refusals, then the bind's own transaction.
   */
  void bind(int index) throws SQLException {
    Connection connection = connection();
    String userId = "dbceiling-" + index;
    String phone = "+86177" + String.format("%08d", index);
    Timestamp now = Timestamp.from(Instant.now());
    try {
      try (PreparedStatement generation = connection.prepareStatement(BIND_STATEMENTS.get(0))) {
        generation.setString(1, userId);
        try (ResultSet row = generation.executeQuery()) {
          require(row.next(), "no user " + userId);
        }
      }
      try (PreparedStatement refusals = connection.prepareStatement(BIND_STATEMENTS.get(1))) {
        refusals.setString(1, userId);
        refusals.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(3600)));
        try (ResultSet rows = refusals.executeQuery()) {
          require(!rows.next(), userId + " has refusals");
        }
      }
      String username;
      String passwordHash;
      Timestamp createdAt;
      try (PreparedStatement lock = connection.prepareStatement(BIND_STATEMENTS.get(2))) {
        lock.setString(1, userId);
        try (ResultSet row = lock.executeQuery()) {
          require(row.next(), "no user " + userId);
          username = row.getString("username");
          passwordHash = row.getString("password_hash");
          createdAt = row.getTimestamp("created_at");
        }
      }
      long codeId;
      Timestamp codeCreated;
      Timestamp codeExpires;
      String codeHash;
      try (PreparedStatement code = connection.prepareStatement(BIND_STATEMENTS.get(3))) {
        code.setString(1, phone);
        code.setString(2, CHANNEL);
        try (ResultSet row = code.executeQuery()) {
          require(row.next(), "no code for " + phone);
          codeId = row.getLong("id");
          codeCreated = row.getTimestamp("created_at");
          codeExpires = row.getTimestamp("expires_at");
          codeHash = row.getString("code_hash");
        }
      }
      try (PreparedStatement owner = connection.prepareStatement(BIND_STATEMENTS.get(4))) {
        owner.setString(1, phone);
        try (ResultSet row = owner.executeQuery()) {
          require(!row.next(), phone + " is already bound");
        }
      }
      try (PreparedStatement update = connection.prepareStatement(BIND_STATEMENTS.get(5))) {
        update.setTimestamp(1, createdAt);
        update.setString(2, null);
        update.setString(3, passwordHash);
        update.setString(4, phone.substring(3));
        update.setString(5, "+86");
        update.setBoolean(6, true);
        update.setTimestamp(7, now);
        update.setString(8, username);
        update.setLong(9, 1);
        update.setString(10, userId);
        update.setLong(11, 0);
        require(update.executeUpdate() == 1, "user " + userId + " changed meanwhile");
      }
      try (PreparedStatement consume = connection.prepareStatement(BIND_STATEMENTS.get(6))) {
        consume.setInt(1, 5);
        consume.setString(2, CHANNEL);
        consume.setString(3, codeHash);
        consume.setTimestamp(4, now);
        consume.setTimestamp(5, codeCreated);
        consume.setTimestamp(6, codeExpires);
        consume.setString(7, phone);
        consume.setString(8, null);
        consume.setLong(9, codeId);
        require(consume.executeUpdate() == 1, "code of " + phone + " vanished");
      }
      try (PreparedStatement audit = connection.prepareStatement(BIND_STATEMENTS.get(7))) {
        audit.setString(1, "BIND");
        audit.setInt(2, 0);
        audit.setString(3, "198.18.0.1");
        audit.setTimestamp(4, now);
        audit.setString(5, "SUCCESS");
        audit.setString(6, "+86 188****0000");
        audit.setString(7, "bench");
        audit.setString(8, userId);
        audit.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /**
   * Adds consumed, long-expired codes for phones +86166{@code from} .. +86166{@code to - 1}, as
   * days of traffic leave behind when nothing purges them.
   */
  void addOldCodes(int from, int to) throws SQLException {
    execute(
        "insert into verification_codes (phone, channel, code_hash, created_at, expires_at, attempts_left, consumed_at)"
            + " select '+86166' || lpad(g::text, 8, '0'), '"
            + CHANNEL
            + "', repeat('b', 64),"
            + " now() - interval '3 days', now() - interval '3 days' + interval '5 minutes', 0,"
            + " now() - interval '3 days' from generate_series("
            + from
            + ", "
            + (to - 1)
            + ") g");
    execute("analyze verification_codes");
  }

  /**
   * Runs the statement the scheduled purge runs on the code table (codes expired for over a day,
   * the default retention); returns the rows it deleted.
   */
  int purgeOldCodes() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "delete from verification_codes where expires_at < now() - interval '1 day'");
    }
  }

  /**
   * Accounts {@code <prefix><i>} whose password is hashed at the shipped cost (210,000 PBKDF2
   * iterations, stored with the hash), for load that signs in as a real user would.
   */
  void addFullCostAccounts(String prefix, int count, String password) throws Exception {
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    javax.crypto.spec.PBEKeySpec spec =
        new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, FULL_COST, 256);
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(spec)
            .getEncoded();
    java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
    String hash =
        "PBKDF2WithHmacSHA256:"
            + FULL_COST
            + ":"
            + base64.encodeToString(salt)
            + ":"
            + base64.encodeToString(key);
    try (Connection connection = DriverManager.getConnection(url, user, this.password);
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into users (id, username, username_key, password_hash, phone_verified, created_at, updated_at, version, token_generation)"
                    + " values (?, ?, ?, ?, false, now(), now(), 0, 0)")) {
      for (int i = 0; i < count; i++) {
        String username = prefix + i;
        insert.setString(1, java.util.UUID.randomUUID().toString());
        insert.setString(2, username);
        insert.setString(3, io.phonebinding.account.Usernames.key(username));
        insert.setString(4, hash);
        insert.executeUpdate();
      }
    }
  }

  /** Empties the code table, as a purge of old codes would. */
  void deleteCodes() throws SQLException {
    execute("delete from verification_codes");
  }

  long codeRows() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from verification_codes")) {
      count.next();
      return count.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private Connection connection() throws SQLException {
    Connection connection = connections.get();
    if (connection == null) {
      connection = DriverManager.getConnection(url, user, password);
      connection.setAutoCommit(false);
      connections.set(connection);
      opened.add(connection);
    }
    return connection;
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection connection : opened) {
      connection.close();
    }
  }
}
