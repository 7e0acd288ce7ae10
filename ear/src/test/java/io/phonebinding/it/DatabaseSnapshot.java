package io.phonebinding.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of the tables a refused request must not touch, read straight from the database the
 * test server uses (H2 in AUTO_SERVER mode, or PostgreSQL from the same environment variables as
 * the server). The audit trail and the sign-in failures are left out: recording refused attempts
 * there is their job.
 */
final class DatabaseSnapshot {

  private static final List<String> QUERIES =
      List.of(
          "select id, username, email, phone, phone_country_code, phone_verified, version from users order by id",
          "select phone, channel, code_hash, attempts_left, consumed_at from verification_codes order by phone, channel",
          "select id, recipient, purpose, body from sms_outbox order by id",
          "select id, phone, client_ip from sms_send_log order by id",
          "select id, user_id, new_phone, redeemed_at from phone_change_requests order by id",
          "select block, hour_start, sends, codes_used, blocked_until from number_blocks order by block",
          "select name, secret_value from server_secrets order by name");

  private DatabaseSnapshot() {}

  /** Every row of every watched table, as text, keyed by query. */
  static Map<String, String> take() {
    Map<String, String> snapshot = new LinkedHashMap<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String query : QUERIES) {
        StringBuilder rows = new StringBuilder();
        try (ResultSet result = statement.executeQuery(query)) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            for (int i = 1; i <= columns; i++) {
              rows.append(result.getString(i)).append('|');
            }
            rows.append('\n');
          }
        }
        snapshot.put(query, rows.toString());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the test database", e);
    }
    return snapshot;
  }

  static Connection connect() throws SQLException {
    String url = System.getenv("PHONEBIND_DB_URL");
    if (url == null || url.isBlank()) {
      return DriverManager.getConnection(System.getProperty("phonebinding.it.h2-url"), "sa", "sa");
    }
    return DriverManager.getConnection(
        url, envOr("PHONEBIND_DB_USER", "sa"), envOr("PHONEBIND_DB_PASSWORD", "sa"));
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
