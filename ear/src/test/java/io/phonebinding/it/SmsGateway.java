package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * An SMS gateway for the webhook provider (WireMock on a free local port) that accepts every
 * message, and answers the codes it received, as a phone would read them. Servers given their own
 * {@link #url(String)} are told apart: the gateway knows which one sent each message.
 */
final class SmsGateway implements AutoCloseable {

  static final String PATH = "/gateway/sms";
  private static final String SENDER = "sender";

  private final WireMockServer server =
      new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private StubMapping outage;

  SmsGateway() {
    server.start();
    server.stubFor(post(urlPathEqualTo(PATH)).atPriority(5).willReturn(accepted("gw")));
  }

  String url() {
    return "http://127.0.0.1:" + server.port() + PATH;
  }

  /** The URL for one server of several, named {@code sender}. */
  String url(String sender) {
    return url() + "?" + SENDER + "=" + sender;
  }

  /** Which server sent this message: the name in its {@link #url(String)}. */
  static String sender(LoggedRequest request) {
    return request.queryParameter(SENDER).firstValue();
  }

  /** Until {@link #available()}, every message is refused with a 503. */
  void unavailable() {
    outage =
        server.stubFor(
            post(urlPathEqualTo(PATH)).atPriority(1).willReturn(aResponse().withStatus(503)));
  }

  void available() {
    server.removeStub(outage);
  }

  /** Messages to this mainland number are answered only after {@code delay}. */
  void answerSlowly(String nationalNumber, Duration delay) {
    server.stubFor(
        post(urlPathEqualTo(PATH))
            .withRequestBody(containing("+86" + nationalNumber))
            .atPriority(1)
            .willReturn(accepted("gw-slow").withFixedDelay((int) delay.toMillis())));
  }

  /** What the gateway received for this mainland number, oldest first. */
  List<LoggedRequest> requestsFor(String nationalNumber) {
    return server.findAll(
        postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(containing("+86" + nationalNumber)));
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
