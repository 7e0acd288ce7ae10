package io.phonebinding.infrastructure.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date with Flyway, once per server ({@code ServiceStartup} asks
 * first thing). Flyway's own lock keeps several servers from migrating at once.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
  private static boolean migrated;

  @Resource(lookup = "java:jboss/datasources/PhoneBindingDS")
  DataSource dataSource;

  /** Migrates now unless done already. */
  public void ensureMigrated() {
    migrate(dataSource);
  }

  private static synchronized void migrate(DataSource dataSource) {
    if (migrated) {
      return;
    }
    var result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }
}
