package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduled purge deletes spent codes and delivered messages once their time is past. */
class PurgeIT extends SecondServerTest {

  @Test
  void expiredCodesAndOldMessagesArePurged() {
    SecondServer server = secondServer();
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
