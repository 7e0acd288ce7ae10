package io.phonebinding.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The install kit onto a stock WildFly 39 ({@code org.wildfly:wildfly-dist} from Maven Central):
 * exactly what docs/operations.md tells an operator to run, then the bind flow on that server.
 */
class ExistingWildFlyIT {

  @Test
  void theInstallKitConfiguresAStockWildFlyThatThenBinds() throws Exception {
    Path base = Files.createDirectories(Path.of(System.getProperty("phonebinding.it.stock-base")));
    Duration unpacking = Duration.ofMinutes(3);
    ServerProcess.run(
        base,
        List.of("unzip", "-q", "-o", System.getProperty("phonebinding.it.wildfly-dist")),
        unpacking);
    ServerProcess.run(
        base, List.of("tar", "xzf", System.getProperty("phonebinding.install-kit")), unpacking);
    Path home;
    try (var found = Files.list(base)) {
      home =
          found
              .filter(path -> path.getFileName().toString().startsWith("wildfly-"))
              .findFirst()
              .orElseThrow();
    }

    List<String> install =
        new ArrayList<>(
            List.of("sh", "phone-binding-wildfly-install/install-on-wildfly.sh", home.toString()));
    Map<String, String> environment = ServerProcess.ownDatabase("_stock");
    if (environment.containsKey("PHONEBIND_DB_URL")) {
      install.add(System.getProperty("phonebinding.it.postgresql-driver"));
    }
    ServerProcess.run(base, install, Duration.ofMinutes(3));

    try (ServerProcess server =
        ServerProcess.start(
            home,
            List.of(
                "sh",
                "bin/standalone.sh",
                "-c",
                "standalone-microprofile.xml",
                "-Dphonebind.password.pbkdf2-iterations=10000"),
            environment,
            400)) {
      server.awaitAnswers(Duration.ofMinutes(3));
      BindFlow.on(new Api(server.baseUrl()));
    }
  }
}
