package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * An SMS gateway for the webhook provider (WireMock on a free local port) that accepts every
 * message, and answers the codes it received, as a phone would read them.
 */
final class SmsGateway implements AutoCloseable {

  static final String PATH = "/gateway/sms";

  private final WireMockServer server =
      new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

  SmsGateway() {
    server.start();
    server.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(accepted("gw")));
  }

  String url() {
    return "http://127.0.0.1:" + server.port() + PATH;
  }

  /** Messages to this mainland number are answered only after {@code delay}. */
  void answerSlowly(String nationalNumber, Duration delay) {
    server.stubFor(
        post(urlEqualTo(PATH))
            .withRequestBody(containing("+86" + nationalNumber))
            .atPriority(1)
            .willReturn(accepted("gw-slow").withFixedDelay((int) delay.toMillis())));
  }

  /** What the gateway received for this mainland number, oldest first. */
  List<LoggedRequest> requestsFor(String nationalNumber) {
    return server.findAll(
        postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("+86" + nationalNumber)));
  }

  /** The code of the {@code n}th message (from 1) to this number, once it arrived. */
  String code(String nationalNumber, int n) {
    Eventually.await(
        "message " + n + " to " + nationalNumber,
        Duration.ofSeconds(10),
        () -> requestsFor(nationalNumber).size() >= n);
    return codeIn(requestsFor(nationalNumber).get(n - 1));
  }

  static String codeIn(LoggedRequest request) {
    try {
      return Api.JSON
          .readTree(request.getBodyAsString())
          .path("templateParams")
          .path("code")
          .asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseDefinitionBuilder accepted(String id) {
    return aResponse()
        .withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"" + id + "\"}");
  }

  @Override
  public void close() {
    server.stop();
  }
}
