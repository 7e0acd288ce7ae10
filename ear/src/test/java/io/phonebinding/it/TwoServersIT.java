package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Two servers side by side on one database, as a cluster behind a load balancer would run: a code
 * sent through one binds through the other, limits are shared, and the outbox, dispatched by both,
 * delivers every message exactly once.
 */
class TwoServersIT extends SecondServerTest {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void codesLimitsAndTheOutboxAreSharedByTwoServers() {
    SecondServer second = secondServer();
    second.startSharingTheDatabase(
        Map.of(
            "phonebind.code.resend-interval-seconds",
            String.valueOf(DeployedEar.resendIntervalSeconds()),
            "phonebind.limits.phone-per-hour",
            System.getProperty("phonebinding.it.phone-per-hour", "5"),
            "phonebind.sms.dispatch-interval-ms",
            "200",
            "phonebind.node-id",
            "phone-binding-2"));
    try {
      Api first = new Api();
      Api other = second.api();

      // A code sent through one server binds through the other.
      String token = first.newUserToken();
      String phone = Api.randomMobile();
      first.sendBindCode(phone).assertOk();
      other.bind(token, phone, first.latestCode("+86" + phone)).assertOk();
      assertEquals(phone, first.profile(token).path("phone").asText());

      // The resend limit holds across servers.
      String limited = Api.randomMobile();
      first.sendBindCode(limited).assertOk();
      other.sendBindCode(limited).assertError(429, 6010);

      // Both dispatchers work the same outbox: every message is delivered, each exactly once.
      List<String> phones = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String number = Api.randomMobile();
        phones.add(number);
        (i % 2 == 0 ? first : other).sendBindCode(number).assertOk();
      }
      for (String number : phones) {
        Eventually.await(
            "delivery to " + number,
            Duration.ofSeconds(20),
            () -> "SENT".equals(first.devMessages("+86" + number).get(0).path("status").asText()));
        JsonNode message = first.devMessages("+86" + number).get(0);
        assertEquals(1, message.path("attempts").asInt(), message::toString);
      }
    } finally {
      second.stop();
    }
  }
}
