package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Two servers share one outbox and a provider answers slowly: the sum of the calls outlasts a lease
 * many times over, yet no message is delivered twice, because a lease covers one call.
 */
class LeaseIT extends SecondServerTest {

  private static final String PATH = "/gateway/sms";
  private static final int MESSAGES = 20;

  @Deployment(name = SecondServer.THIRD_DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.THIRD_NAME)
  static EnterpriseArchive third() {
    return DeployedEar.create();
  }

  @Test
  void aSlowProviderNeverGetsAMessageTwiceFromTwoServers() {
    WireMockServer gateway = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    gateway.start();
    // Each call takes 1.5 s, well inside the 4 s timeout (a timed-out call that reached the
    // gateway is retried, a second delivery this test is not about); a lease is 3 timeouts + 5 s
    // = 17 s, so a batch claimed at once would see its twelfth message's lease run out before that
    // message's call, and the other server take it.
    gateway.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(aResponse().withStatus(202).withBody("{}").withFixedDelay(1500)));
    Map<String, String> settings = new HashMap<>();
    settings.put("phonebind.sms.provider", "webhook");
    settings.put("phonebind.sms.webhook.url", "http://127.0.0.1:" + gateway.port() + PATH);
    settings.put("phonebind.sms.webhook.secret", "lease-secret");
    settings.put("phonebind.sms.http-timeout-ms", "4000");
    settings.put("phonebind.sms.dispatch-interval-ms", "200");
    SecondServer first = secondServer();
    SecondServer second = SecondServer.third(controller, deployer);
    try {
      first.start(settings);
      second.startSharingTheDatabaseOf(first, settings);
      Api api = first.api();
      List<String> phones = new ArrayList<>();
      for (int i = 0; i < MESSAGES; i++) {
        String phone = Api.randomMobile();
        phones.add(phone);
        api.sendBindCode(phone).assertOk();
      }
      for (String phone : phones) {
        OutboxRows.awaitStatus(first, phone, "SENT");
      }
      for (String phone : phones) {
        assertEquals(
            1,
            gateway
                .findAll(
                    postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("+86" + phone)))
                .size(),
            "deliveries to " + phone);
      }
    } finally {
      try {
        second.stop();
      } finally {
        first.stop();
        gateway.stop();
      }
    }
  }
}
