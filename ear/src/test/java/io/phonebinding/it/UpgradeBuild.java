package io.phonebinding.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The next release as a rolling upgrade meets it: the shipped server's files that change when its
 * EAR does (the deployment's content and the configuration naming it), for an EAR with one more
 * migration, an additive one, that the running release must be able to ignore.
 */
final class UpgradeBuild {

  /** The added migration's version: far above the real ones, so it is always the newest. */
  static final String VERSION = "1000";

  /** Expand only: a new table, which the previous release ignores. */
  private static final String NEW_TABLE =
      "CREATE TABLE upgrade_probe (id BIGINT NOT NULL PRIMARY KEY, note VARCHAR(100));\n";

  /**
   * And a new nullable column in the busiest table. Only on PostgreSQL: H2 adds a column by
   * building the table anew, and another server's query in that moment finds no table
   * (docs/operations.md).
   */
  private static final String NEW_COLUMN =
      "ALTER TABLE users ADD COLUMN upgrade_note VARCHAR(100);\n";

  private static final Pattern DEPLOYMENT =
      Pattern.compile(
          "(<deployment name=\"phone-binding.ear\"[^>]*>\\s*<content sha1=\")([0-9a-f]{40})");

  private UpgradeBuild() {}

  /**
   * Writes into {@code target} the files that turn the server at {@code home} into the upgraded
   * release, laid out as in the server's home; answers {@code target}.
   */
  static Path withMigration(Path home, Path target, boolean postgreSql) throws IOException {
    Path configuration = home.resolve("standalone/configuration/standalone.xml");
    String config = Files.readString(configuration);
    Matcher deployment = DEPLOYMENT.matcher(config);
    if (!deployment.find()) {
      throw new IllegalStateException("no phone-binding.ear deployment in " + configuration);
    }
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(
            EnterpriseArchive.class, content(home, deployment.group(2)).toFile());
    ear.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "upgrade-migration.jar")
            .addAsResource(
                new StringAsset(postgreSql ? NEW_TABLE + NEW_COLUMN : NEW_TABLE),
                "db/migration/V" + VERSION + "__upgrade_probe.sql"));
    byte[] bytes = bytes(ear);
    String sha1 = sha1(bytes);
    Path newContent = content(target, sha1);
    Files.createDirectories(newContent.getParent());
    Files.write(newContent, bytes);
    Path newConfiguration = target.resolve("standalone/configuration/standalone.xml");
    Files.createDirectories(newConfiguration.getParent());
    Files.writeString(newConfiguration, deployment.replaceFirst("$1" + sha1));
    return target;
  }

  private static Path content(Path home, String sha1) {
    return home.resolve("standalone/data/content")
        .resolve(sha1.substring(0, 2))
        .resolve(sha1.substring(2))
        .resolve("content");
  }

  private static byte[] bytes(EnterpriseArchive ear) throws IOException {
    try (InputStream zip = ear.as(ZipExporter.class).exportAsInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      zip.transferTo(out);
      return out.toByteArray();
    }
  }

  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
