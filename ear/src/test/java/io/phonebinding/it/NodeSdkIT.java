package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authing's Node SDK ({@code authing-node-sdk} from npm, the version locked in {@code
 * src/test/node}), unchanged, signs in, sends a code, binds the phone and reads the profile. It
 * sends the access token without a scheme, which this server takes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NodeSdkIT {

  private static final Path SOURCES = Path.of("src/test/node");
  private static final Path WORK = Path.of("target/node-sdk");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void nodeSdkSignsInSendsACodeBindsAndReadsTheProfile() throws Exception {
    installSdk();
    Api.User user = api.newUser();
    String phone = Api.randomMobile();

    Run run =
        run(
            List.of("node", "drive-sdk.js", Api.BASE_URL, user.username(), Api.PASSWORD, phone),
            60);

    assertEquals(0, run.exitCode(), run::output);
    String[] lines = run.output().strip().split("\n");
    JsonNode seen = Api.JSON.readTree(lines[lines.length - 1]);
    assertEquals(user.username(), seen.path("username").asText(), run::output);
    assertEquals(phone, seen.path("phone").asText(), run::output);
    assertTrue(seen.path("phoneVerified").asBoolean(), run::output);
  }

  /** npm ci from the lock file, once per build directory. */
  private static void installSdk() throws IOException, InterruptedException {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "drive-sdk.js")) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(WORK.resolve("node_modules/authing-node-sdk"))) {
      Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
      assertEquals(0, install.exitCode(), install::output);
    }
  }

  private record Run(int exitCode, String output) {}

  private static Run run(List<String> command, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = WORK.resolve("output.log");
    Process process =
        new ProcessBuilder(command)
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    process.getOutputStream().close();
    boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    return ended ? new Run(process.exitValue(), output) : new Run(-1, "timed out: " + output);
  }
}
