package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outbox of a second server's database, read over JDBC: where a message's delivery stands (with
 * a real provider there is no development outbox to ask), and proof that no table keeps a code in
 * clear.
 */
final class OutboxRows {

  /** One message's row: what a backup of the database holds about it. */
  record Row(
      String status,
      int attempts,
      String provider,
      String providerMessageId,
      String lastError,
      String body,
      String templateParams) {}

  private OutboxRows() {}

  /** The newest message to a mainland number once it has this status. */
  static Row awaitStatus(Database server, String nationalNumber, String status) {
    Row[] latest = new Row[1];
    Eventually.await(
        "SMS to " + nationalNumber + " to be " + status,
        Duration.ofSeconds(20),
        () -> {
          latest[0] = newest(server, "+86" + nationalNumber);
          return latest[0] != null && status.equals(latest[0].status());
        });
    return latest[0];
  }

  static Row newest(Database server, String e164) {
    try (Connection connection = server.database();
        PreparedStatement query =
            connection.prepareStatement(
                "select status, attempts, provider, provider_message_id, last_error, body, template_params"
                    + " from sms_outbox where recipient = ? order by id desc")) {
      query.setString(1, e164);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        return new Row(
            row.getString(1),
            row.getInt(2),
            row.getString(3),
            row.getString(4),
            row.getString(5),
            row.getString(6),
            row.getString(7));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One try of one provider, as the attempts table holds it. */
  record Attempt(long id, String provider, String state, Instant createdAt, Instant submittedAt) {}

  /** The attempts of the newest message to a number, oldest first. */
  static List<Attempt> attempts(Database server, String e164) {
    try (Connection connection = server.database();
        PreparedStatement query =
            connection.prepareStatement(
                "select a.id, a.provider, a.state, a.created_at, a.submitted_at"
                    + " from sms_delivery_attempts a where a.message_id ="
                    + " (select max(m.id) from sms_outbox m where m.recipient = ?) order by a.id")) {
      query.setString(1, e164);
      List<Attempt> attempts = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          attempts.add(
              new Attempt(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  instant(row.getTimestamp(4)),
                  instant(row.getTimestamp(5))));
        }
      }
      return attempts;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The status of the newest message to a number once it has this one. */
  static void awaitStatusOf(Database server, String e164, String status) {
    Eventually.await(
        "SMS to " + e164 + " to be " + status,
        Duration.ofSeconds(30),
        () -> {
          Row newest = newest(server, e164);
          return newest != null && status.equals(newest.status());
        });
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /**
   * Whether the text holds the code as a number of its own: not as six digits inside a longer
   * number, where a random code now and then matches part of a phone number (+86 188...).
   */
  private static boolean holdsAlone(String text, String code) {
    return java.util.regex.Pattern.compile("(?<![0-9])" + code + "(?![0-9])").matcher(text).find();
  }

  /** Fails if any column of any row of any table of the server's database contains a code. */
  static void assertNoTableHolds(Database server, Collection<String> codes) {
    assertTrue(!codes.isEmpty(), "no codes to look for");
    List<String> found = new ArrayList<>();
    try (Connection connection = server.database();
        Statement statement = connection.createStatement()) {
      for (String table : tables(connection)) {
        try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              String value = rows.getString(i);
              for (String code : codes) {
                if (value != null && holdsAlone(value, code)) {
                  found.add(
                      table
                          + "."
                          + rows.getMetaData().getColumnName(i)
                          + " holds "
                          + code
                          + ": "
                          + value);
                }
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertTrue(found.isEmpty(), () -> String.join("\n", found));
  }

  private static List<String> tables(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    List<String> tables = new ArrayList<>();
    String schema =
        metadata.getDatabaseProductName().toLowerCase().contains("h2") ? "PUBLIC" : "public";
    try (ResultSet found = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (found.next()) {
        tables.add(found.getString("TABLE_NAME"));
      }
    }
    assertTrue(tables.size() >= 8, () -> "tables found: " + tables);
    return tables;
  }
}
