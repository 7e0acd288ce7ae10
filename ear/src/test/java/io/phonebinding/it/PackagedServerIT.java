package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server as shipped: the tar.gz the build makes, unpacked and started with its own script, no
 * Maven and no Arquillian; the EAR is deployed at boot and the bind flow works on it. The banner
 * comes only once the API and the page answer. A SIGTERM to the script stops the JVM with it.
 */
class PackagedServerIT {

  @Test
  void theTarballStartsWithItsScriptAndBinds() throws Exception {
    Path base = Path.of(System.getProperty("phonebinding.it.packaged-base"));
    ServerProcess.deleteTree(base);
    ServerProcess.run(
        Files.createDirectories(base),
        List.of("tar", "xzf", System.getProperty("phonebinding.server-tarball")),
        Duration.ofMinutes(2));
    Path home = base.resolve("phone-binding-server");
    Map<String, String> environment = ServerProcess.ownDatabase("_packaged");
    // The operator's command makes an access key; the setting holds only its hash.
    Map<String, String> key =
        printedFields(
            ServerProcess.run(
                home,
                List.of("sh", "bin/access-key.sh", "packaged-desk", "read"),
                Duration.ofMinutes(1)));
    assertFalse(key.get("setting entry").contains(key.get("accessKeySecret")));
    environment.put("PHONEBIND_MANAGEMENT_ACCESS_KEYS", key.get("setting entry"));

    try (ServerProcess server =
        ServerProcess.start(
            home,
            List.of("bin/phone-binding.sh", "-Dphonebind.password.pbkdf2-iterations=10000"),
            environment,
            300)) {
      server.awaitAnswers(Duration.ofMinutes(3));
      Api api = new Api(server.baseUrl());
      BindFlow.on(api);
      String token =
          api.post(
                  "/api/v3/get-management-token",
                  Map.of(
                      "accessKeyId", key.get("accessKeyId"),
                      "accessKeySecret", key.get("accessKeySecret")),
                  null)
              .assertOk()
              .data()
              .path("access_token")
              .asText();
      api.get("/api/v3/list-number-rules", token).assertOk();

      String output = server.output();
      int banner = output.indexOf("Phone binding service is up");
      assertTrue(banner > 0, output);
      assertTrue(output.lastIndexOf("Registered web context: '/api'") < banner, output);
      assertTrue(output.lastIndexOf("Registered web context: '/'") < banner, output);
      assertEquals(1, output.split("Phone binding service is up", -1).length - 1, output);

      // SIGTERM to the script alone, as a container runtime or systemd sends it: the JVM ends too
      // (after the drain, and after writing its class archive on this first stop).
      Duration stopped = server.terminate(Duration.ofMinutes(3));
      System.out.println("PackagedServerIT, stopped by SIGTERM in " + stopped);
    }
  }

  /** The {@code name: value} lines a script printed. */
  private static Map<String, String> printedFields(String output) {
    Map<String, String> fields = new HashMap<>();
    for (String line : output.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }
}
