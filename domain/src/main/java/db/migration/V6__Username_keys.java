package db.migration;

import io.phonebinding.account.Usernames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Usernames are unique by their key (the confusable skeleton of the NFKC, case-folded name; see
 * {@link Usernames#key}), computed here in Java for the accounts that exist: SQL has no skeleton.
 * Two existing accounts whose names turn out to be look-alikes both keep their account; the later
 * one's key is made unique with its id, and it signs in by e-mail or phone.
 */
public class V6__Username_keys extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V6__Username_keys.class.getName());

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE users ADD COLUMN username_key VARCHAR(256)");
    }
    Set<String> taken = new HashSet<>();
    try (Statement select = connection.createStatement();
        ResultSet users =
            select.executeQuery(
                "SELECT id, username FROM users WHERE username IS NOT NULL ORDER BY created_at, id");
        PreparedStatement update =
            connection.prepareStatement("UPDATE users SET username_key = ? WHERE id = ?")) {
      while (users.next()) {
        String id = users.getString(1);
        String key = Usernames.key(users.getString(2));
        if (!taken.add(key)) {
          LOG.warning(
              () -> "Account " + id + " has a username that looks like an earlier account's");
          key = key + "#" + id;
        }
        update.setString(1, key);
        update.setString(2, id);
        update.executeUpdate();
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE UNIQUE INDEX uk_users_username_key ON users (username_key)");
    }
  }
}
