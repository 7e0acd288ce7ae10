package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Codes, limits and accounts live in the database, not in server memory: they survive a full
 * stop and start of the server (a new JVM). Runs on a second server ("restartable" in
 * arquillian.xml) so the shared test server keeps running.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

  private static final String SERVER = "restartable";
  private static final String DEPLOYMENT = "restartable-ear";
  private static final String BASE_URL = "http://localhost:8180";

  @ArquillianResource ContainerController controller;

  @ArquillianResource Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SERVER)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  /** The second server gets a fresh copy of the provisioned configuration as its base. */
  @BeforeAll
  static void prepareBaseDirectory() throws IOException {
    Path configuration = Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
    Path base = Path.of(System.getProperty("phonebinding.it.restart-base"));
    Path target = base.resolve("configuration");
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(configuration)) {
      files
          .filter(Files::isRegularFile)
          .forEach(file -> copy(file, target.resolve(file.getFileName())));
    }
  }

  @Test
  void codesLimitsAndAccountsSurviveARestart() throws InterruptedException {
    controller.start(SERVER);
    try {
      deployer.deploy(DEPLOYMENT);
      Api api = new Api(BASE_URL);
      String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);
      api.signUp(username).assertOk();
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      String code = api.latestCode("+86" + phone);
      api.sendBindCode(phone).assertError(429, 6010);

      restart();

      long retryAfter =
          api.sendBindCode(phone).assertError(429, 6010).data().path("retryAfterSeconds").asLong();
      assertTrue(retryAfter > 0 && retryAfter < 60, () -> "retryAfterSeconds " + retryAfter);
      String token = api.signIn(username, Api.PASSWORD).assertOk().data().path("access_token").asText();
      api.bind(token, phone, code).assertOk();
      assertEquals(phone, api.profile(token).path("phone").asText());
      assertEquals(1, api.devMessages("+86" + phone).size());
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(SERVER);
    }
  }

  @Test
  void expiredAccessTokenIsRefused() throws InterruptedException {
    controller.start(SERVER);
    try {
      deployer.deploy(DEPLOYMENT);
      Api api = new Api(BASE_URL);
      String token = api.newUserToken();
      api.get("/api/v3/get-profile", token).assertOk();

      Thread.sleep(4_000);

      api.get("/api/v3/get-profile", token).assertError(401, 6012);
      api.post("/api/v3/bind-phone", java.util.Map.of("phoneNumber", Api.randomMobile(), "passCode", "123456"), token)
          .assertError(401, 6012);
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(SERVER);
    }
  }

  private void restart() {
    controller.stop(SERVER);
    controller.start(SERVER);
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
