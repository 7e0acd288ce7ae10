package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authing's Node SDK ({@code authing-node-sdk} from npm, the version locked in {@code
 * src/test/node}), unchanged, signs in, sends a code, binds the phone and reads the profile, then
 * changes the phone and unbinds it, reading the profile after each with the same token (the session
 * that makes a change keeps working). It sends the access token without a scheme, which this server
 * takes.
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
  void nodeSdkSignsInBindsChangesAndUnbindsAndStaysSignedInThroughItsOwnChanges() throws Exception {
    installSdk();
    Api.User user = api.newUser();
    String phone = Api.randomMobile();
    String nextPhone = Api.randomMobile();

    String output =
        ServerProcess.run(
            WORK,
            List.of(
                "node",
                "drive-sdk.js",
                Api.BASE_URL,
                user.username(),
                Api.PASSWORD,
                phone,
                nextPhone),
            Duration.ofMinutes(1));

    String[] lines = output.strip().split("\n");
    JsonNode seen = Api.JSON.readTree(lines[lines.length - 1]);
    assertEquals(user.username(), seen.path("username").asText(), output);
    assertEquals(phone, seen.path("phone").asText(), output);
    assertTrue(seen.path("phoneVerified").asBoolean(), output);
    assertEquals(nextPhone, seen.path("changedPhone").asText(), output);
    assertTrue(seen.path("phoneAfterUnbind").isNull(), output);
  }

  /** npm ci from the lock file, once per build directory. */
  private static void installSdk() throws IOException {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "drive-sdk.js")) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(WORK.resolve("node_modules/authing-node-sdk"))) {
      ServerProcess.run(
          WORK, List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5));
    }
  }
}
