package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    try (ServerProcess server =
        ServerProcess.start(
            home,
            List.of("bin/phone-binding.sh", "-Dphonebind.password.pbkdf2-iterations=10000"),
            environment,
            300)) {
      server.awaitAnswers(Duration.ofMinutes(3));
      BindFlow.on(new Api(server.baseUrl()));

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
}
