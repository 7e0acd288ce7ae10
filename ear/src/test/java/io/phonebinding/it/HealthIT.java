package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health on the management port: ready with a database, alive with a dispatcher. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  private static final String MANAGEMENT = "http://localhost:9990";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void readinessChecksTheDatabase() throws Exception {
    JsonNode ready = get("/health/ready");

    assertEquals("UP", ready.path("status").asText(), ready::toString);
    assertEquals("UP", check(ready, "database").path("status").asText(), ready::toString);
  }

  @Test
  void livenessChecksTheSmsDispatcher() throws Exception {
    JsonNode live = get("/health/live");

    assertEquals("UP", live.path("status").asText(), live::toString);
    assertEquals("UP", check(live, "sms-dispatcher").path("status").asText(), live::toString);
  }

  private static JsonNode check(JsonNode health, String name) {
    for (JsonNode check : health.path("checks")) {
      if (name.equals(check.path("name").asText())) {
        return check;
      }
    }
    throw new AssertionError("no check " + name + " in " + health);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return Api.JSON.readTree(response.body());
  }
}
