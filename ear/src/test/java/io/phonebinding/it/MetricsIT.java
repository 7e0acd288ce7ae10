package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service's metrics, in Prometheus format on the management port, move with what happens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void codesBindsRefusalsLimitsAndDeliveriesAreCounted() throws Exception {
    double sentBefore = value("phonebind_codes_sent_total", "channel=\"CHANNEL_BIND_PHONE\"");
    double wrongBefore = value("phonebind_refusals_total", "apiCode=\"2001\"");
    double limitedBefore = value("phonebind_rate_limited_total", "kind=\"SMS_TOO_FREQUENT\"");
    double bindsBefore =
        value("phonebind_binding_changes_total", "action=\"BIND_PHONE\",outcome=\"success\"");
    double acceptedBefore = value("phonebind_sms_attempts_total", "outcome=\"accepted\"");
    double handedOverBefore = value("phonebind_sms_codes_total", "state=\"handed_over\"");
    double usedBefore = value("phonebind_sms_codes_total", "state=\"used\"");

    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.sendBindCode(phone).assertError(429, 6010);
    String code = api.latestCode("+86" + phone);
    Eventually.await(
        "the code's message to be accepted",
        Duration.ofSeconds(10),
        () -> value("phonebind_sms_attempts_total", "outcome=\"accepted\"") >= acceptedBefore + 1);
    api.bind(token, phone, PhoneBindingIT.wrong(code)).assertError(400, 2001);
    api.bind(token, phone, code).assertOk();
    assertTrue(value("phonebind_sms_codes_total", "state=\"handed_over\"") >= handedOverBefore + 1);
    assertTrue(
        value("phonebind_sms_codes_total", "provider=\"dev\",state=\"used\"") >= usedBefore + 1,
        "the code used, counted for the provider that delivered it");

    assertTrue(
        value("phonebind_codes_sent_total", "channel=\"CHANNEL_BIND_PHONE\"") >= sentBefore + 1);
    assertTrue(value("phonebind_refusals_total", "apiCode=\"2001\"") >= wrongBefore + 1);
    assertTrue(
        value("phonebind_rate_limited_total", "kind=\"SMS_TOO_FREQUENT\"") >= limitedBefore + 1);
    assertTrue(
        value("phonebind_binding_changes_total", "action=\"BIND_PHONE\",outcome=\"success\"")
            >= bindsBefore + 1);
    Eventually.await(
        "an SMS delivery to be timed",
        Duration.ofSeconds(10),
        () -> value("phonebind_sms_deliveries_total", "outcome=\"sent\"") >= 1);
    assertTrue(value("phonebind_sms_delivery_seconds_total", "outcome=\"sent\"") > 0);
  }

  /** The sum of the samples of a metric whose labels contain {@code labels}; 0 when absent. */
  private static double value(String metric, String labels) {
    String text = scrape();
    Pattern sample =
        Pattern.compile("^" + metric + "\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
    Matcher matcher = sample.matcher(text);
    double sum = 0;
    while (matcher.find()) {
      if (matcher.group(1).contains(labels)) {
        sum += Double.parseDouble(matcher.group(2));
      }
    }
    return sum;
  }

  private static String scrape() {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:9990/metrics")).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
