package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Large answers arrive whole to Java's default HTTP client, which asks a plain-HTTP server for an
 * HTTP/2 upgrade (h2c): over the upgraded connection some were cut short.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WholeAnswersIT {

  private static final int REQUESTS = 1_000;
  private static final int IN_PARALLEL = 16;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void aThousandLargeAnswersInParallelArriveWholeToTheDefaultClient() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/openapi?format=JSON"))
            .timeout(Duration.ofSeconds(30))
            .build();
    int expectedLength = client.send(request, HttpResponse.BodyHandlers.ofString()).body().length();
    assertTrue(
        expectedLength > 20_000, "the OpenAPI document is " + expectedLength + " characters");

    ExecutorService pool = Executors.newFixedThreadPool(IN_PARALLEL);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < REQUESTS; i++) {
        answers.add(
            pool.submit(
                () -> {
                  try {
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.version() != HttpClient.Version.HTTP_1_1) {
                      return "answered over " + response.version();
                    }
                    if (response.statusCode() != 200
                        || response.body().length() != expectedLength) {
                      return "HTTP "
                          + response.statusCode()
                          + ", "
                          + response.body().length()
                          + " characters";
                    }
                    return null;
                  } catch (Exception e) {
                    return e.toString();
                  }
                }));
      }
      List<String> failures = new ArrayList<>();
      for (Future<String> answer : answers) {
        String failure = answer.get();
        if (failure != null) {
          failures.add(failure);
        }
      }
      assertEquals(
          List.of(),
          failures.subList(0, Math.min(5, failures.size())),
          failures.size() + " of " + REQUESTS + " failed");
    } finally {
      pool.shutdownNow();
    }
  }
}
