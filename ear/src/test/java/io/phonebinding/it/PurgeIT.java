package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scheduled purge deletes spent codes and delivered messages once their time is past. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurgeIT {

  @ArquillianResource ContainerController controller;

  @ArquillianResource Deployer deployer;

  @Deployment(name = SecondServer.DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.NAME)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void expiredCodesAndOldMessagesArePurged() {
    SecondServer server = new SecondServer(controller, deployer);
    server.start(
        Map.of(
            "phonebind.code.ttl-seconds", "2",
            "phonebind.purge.interval", "PT1S",
            "phonebind.purge.codes-after", "PT1S",
            "phonebind.purge.outbox-after", "PT3S"));
    try {
      Api api = server.api();
      String token = api.newUserToken();
      String phone = Api.randomMobile();
      api.sendBindCode(phone).assertOk();
      String code = api.latestCode("+86" + phone);
      OutboxRows.awaitStatus(server, phone, "SENT");

      Eventually.await(
          "the delivered message to be purged",
          Duration.ofSeconds(20),
          () -> api.devMessages("+86" + phone).size() == 0);

      // The code row is gone too: the code is unknown now, not merely expired.
      api.bind(token, phone, code).assertError(400, 2001);
      assertEquals(0, api.devMessages("+86" + phone).size());
    } finally {
      server.stop();
    }
  }
}
