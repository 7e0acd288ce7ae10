package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One code request is one delivery group that walks its region's chain of providers, WireMock
 * standing in for each: two webhook gateways (A, then B) for mainland numbers, Twilio for US
 * numbers, Aliyun for Hong Kong ones. Failover on a timeout, on a missing receipt and on an
 * undelivered one, always with the same code; a refused number ends the group; a right code cancels
 * a pending failover; receipts signed as each provider signs them are taken, forged ones refused.
 */
class SmsFailoverIT extends SecondServerTest {

  private static final String SECRET_A = "secret-of-gateway-a";
  private static final String SECRET_B = "secret-of-gateway-b";
  private static final String TWILIO_SID = "AC0123456789abcdef0123456789abcdef";
  private static final String TWILIO_TOKEN = "twilio-auth-token";
  private static final String TWILIO_PATH = "/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json";
  private static final String ALIYUN_TOKEN = "aliyun-receipts-" + "0123456789abcdef0123456789";
  private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(8);
  private static final Duration BREAKER_OPEN = Duration.ofSeconds(6);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final WireMockServer providers =
      new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private SecondServer server;
  private Api api;

  @BeforeEach
  void start() {
    providers.start();
    providers.stubFor(post(urlPathEqualTo("/a")).atPriority(5).willReturn(accepted("a")));
    providers.stubFor(post(urlPathEqualTo("/b")).atPriority(5).willReturn(accepted("b")));
    String base = "http://127.0.0.1:" + providers.port();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("phonebind.public-base-url", SecondServer.BASE_URL);
    settings.put("phonebind.sms.allowed-regions", "CN,US,HK");
    settings.put("phonebind.sms.providers", "hook-a=webhook,hook-b=webhook");
    settings.put("phonebind.sms.routes", "US:twilio;HK:aliyun;*:hook-a,hook-b");
    settings.put("phonebind.sms.hook-a.url", base + "/a");
    settings.put("phonebind.sms.hook-a.secret", SECRET_A);
    settings.put("phonebind.sms.hook-a.receipts", "true");
    settings.put("phonebind.sms.hook-b.url", base + "/b");
    settings.put("phonebind.sms.hook-b.secret", SECRET_B);
    settings.put("phonebind.sms.hook-b.receipts", "true");
    settings.put("phonebind.sms.twilio.base-url", base);
    settings.put("phonebind.sms.twilio.account-sid", TWILIO_SID);
    settings.put("phonebind.sms.twilio.auth-token", TWILIO_TOKEN);
    settings.put("phonebind.sms.twilio.from", "+15005550006");
    settings.put("phonebind.sms.aliyun.endpoint", base + "/aliyun");
    settings.put("phonebind.sms.aliyun.access-key-id", "LTAI-test");
    settings.put("phonebind.sms.aliyun.access-key-secret", "aliyun-secret");
    settings.put("phonebind.sms.aliyun.sign-name", "PhoneBinding");
    settings.put("phonebind.sms.aliyun.template-code", "SMS_1");
    settings.put("phonebind.sms.aliyun.notice-template-code", "SMS_2");
    settings.put("phonebind.sms.aliyun.receipt-token", ALIYUN_TOKEN);
    settings.put(
        "phonebind.sms.receipt-timeout-seconds", String.valueOf(RECEIPT_TIMEOUT.toSeconds()));
    settings.put("phonebind.sms.breaker.min-attempts", "3");
    settings.put("phonebind.sms.breaker.open-seconds", String.valueOf(BREAKER_OPEN.toSeconds()));
    settings.put("phonebind.sms.http-timeout-ms", "1000");
    settings.put("phonebind.sms.retry.initial-delay-ms", "300");
    settings.put("phonebind.sms.dispatch-interval-ms", "200");
    server = secondServer();
    server.start(settings);
    api = server.api();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    providers.stop();
  }

  @Test
  void aTimeoutMovesTheSameCodeToTheNextProviderWhoseReceiptEndsTheGroup() {
    String phone = Api.randomMobile();
    answer("/a", phone, accepted("a-slow").withFixedDelay(2500));
    answer("/b", phone, accepted("b-" + phone));

    sendLoginCode(phone);

    LoggedRequest atB = awaitRequest("/b", phone);
    assertEquals(codeIn(onlyRequest("/a", phone)), codeIn(atB), "the same code");
    OutboxRows.awaitStatusOf(server, "+86" + phone, "ACCEPTED");
    assertEquals(List.of("hook-a:FAILED", "hook-b:ACCEPTED"), states("+86" + phone));
    assertEquals(204, webhookReceipt(SECRET_B, "hook-b", "b-" + phone, "delivered").statusCode());
    OutboxRows.awaitStatusOf(server, "+86" + phone, "DELIVERED");
    assertEquals(List.of("hook-a:FAILED", "hook-b:DELIVERED"), states("+86" + phone));
  }

  @Test
  void withoutAReceiptInTimeTheNextProviderDelivers() {
    String phone = Api.randomMobile();
    sendLoginCode(phone);
    LoggedRequest atA = awaitRequest("/a", phone);
    assertTrue(requests("/b", phone).isEmpty());

    LoggedRequest atB = awaitRequest("/b", phone);
    assertEquals(codeIn(atA), codeIn(atB));
    List<OutboxRows.Attempt> attempts = OutboxRows.attempts(server, "+86" + phone);
    assertTrue(
        !attempts.get(1).createdAt().isBefore(attempts.get(0).submittedAt().plus(RECEIPT_TIMEOUT)),
        "B only once A's receipt was overdue: " + attempts);
    assertEquals(204, attemptReceipt(SECRET_B, "hook-b", atB, "delivered").statusCode());
    OutboxRows.awaitStatusOf(server, "+86" + phone, "DELIVERED");
    assertEquals(List.of("hook-a:NO_RECEIPT", "hook-b:DELIVERED"), states("+86" + phone));
  }

  @Test
  void anUndeliveredReceiptMovesOnAtOnceAndForgedOnesChangeNothing() {
    String phone = Api.randomMobile();
    answer("/a", phone, accepted("a-" + phone));
    sendLoginCode(phone);
    awaitRequest("/a", phone);
    OutboxRows.awaitStatusOf(server, "+86" + phone, "ACCEPTED");

    assertEquals(
        403, webhookReceipt("not-the-secret", "hook-a", "a-" + phone, "undelivered").statusCode());
    assertEquals(403, stale(SECRET_A, "hook-a", "a-" + phone).statusCode());
    assertEquals(List.of("hook-a:ACCEPTED"), states("+86" + phone));

    assertEquals(204, webhookReceipt(SECRET_A, "hook-a", "a-" + phone, "undelivered").statusCode());
    awaitRequest("/b", phone);
    List<OutboxRows.Attempt> attempts = OutboxRows.attempts(server, "+86" + phone);
    assertTrue(
        attempts.get(1).createdAt().isBefore(attempts.get(0).submittedAt().plus(RECEIPT_TIMEOUT)),
        "B before A's receipt would have been overdue: " + attempts);
    OutboxRows.awaitStatusOf(server, "+86" + phone, "ACCEPTED");
    assertEquals(List.of("hook-a:UNDELIVERED", "hook-b:ACCEPTED"), states("+86" + phone));
  }

  @Test
  void aRefusedNumberEndsTheGroupWithNoSecondAttempt() {
    String phone = Api.randomMobile();
    answer("/a", phone, aResponse().withStatus(422));

    sendLoginCode(phone);

    OutboxRows.awaitStatusOf(server, "+86" + phone, "FAILED");
    assertEquals(List.of("hook-a:FAILED"), states("+86" + phone));
    assertTrue(requests("/b", phone).isEmpty());
  }

  @Test
  void aRightCodeCancelsThePendingFailover() throws InterruptedException {
    String phone = Api.randomMobile();
    sendLoginCode(phone);
    String code = codeIn(awaitRequest("/a", phone));

    api.post(
            "/api/v3/signin",
            Map.of(
                "connection", "PASSCODE",
                "passCodePayload", Map.of("phone", phone, "passCode", code),
                "options", Map.of("autoRegister", true)),
            null)
        .assertOk();

    OutboxRows.awaitStatusOf(server, "+86" + phone, "SETTLED");
    assertTrue(requests("/b", phone).isEmpty(), "no second message once the code was used");
    assertEquals(List.of("hook-a:NO_RECEIPT"), states("+86" + phone));
  }

  @Test
  void signedTwilioCallbacksAreTakenAndForgedOnesRefused() {
    providers.stubFor(
        post(urlPathEqualTo(TWILIO_PATH))
            .willReturn(twilioAnswer(201, "{\"sid\": \"SM-delivered\"}")));
    String phone = "201555" + fourRandomDigits();
    sendLoginCode(phone, "+1");
    OutboxRows.awaitStatusOf(server, "+1" + phone, "ACCEPTED");
    Map<String, String> sent = form(onlyRequest(TWILIO_PATH, phone).getBodyAsString());
    String callback = SecondServer.BASE_URL + "/api/sms/receipts/twilio/twilio";
    assertEquals(callback, sent.get("StatusCallback"));

    Map<String, String> status =
        Map.of(
            "MessageSid", "SM-delivered", "MessageStatus", "delivered", "AccountSid", TWILIO_SID);
    assertEquals(403, twilioCallback(status, "bm90IGEgc2lnbmF0dXJl").statusCode());
    assertEquals(403, twilioCallback(status, null).statusCode());
    assertEquals(
        403,
        twilioCallback(
                status,
                twilioSignature("http://evil.example/api/sms/receipts/twilio/twilio", status))
            .statusCode(),
        "signed for another URL (as a forged Host header would make it)");
    assertEquals(List.of("twilio:ACCEPTED"), states("+1" + phone));

    assertEquals(204, twilioCallback(status, twilioSignature(callback, status)).statusCode());
    OutboxRows.awaitStatusOf(server, "+1" + phone, "DELIVERED");
    assertEquals(List.of("twilio:DELIVERED"), states("+1" + phone));
  }

  @Test
  void twiliosInvalidNumberAnswerEndsTheGroup() {
    providers.stubFor(
        post(urlPathEqualTo(TWILIO_PATH))
            .willReturn(
                twilioAnswer(
                    400, "{\"code\": 21211, \"message\": \"The 'To' number is not valid\"}")));
    String phone = "201555" + fourRandomDigits();
    sendLoginCode(phone, "+1");
    OutboxRows.awaitStatusOf(server, "+1" + phone, "FAILED");
    assertEquals(List.of("twilio:FAILED"), states("+1" + phone));
    assertEquals(1, requests(TWILIO_PATH, phone).size());
  }

  @Test
  void aliyunReportsOutOfOrderAndTwiceEndInTheRightState() {
    providers.stubFor(
        post(urlPathEqualTo("/aliyun/"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"Code\": \"OK\", \"BizId\": \"biz-1\", \"RequestId\": \"r\"}")));
    String phone = "5123" + fourRandomDigits();
    sendLoginCode(phone, "+852");
    OutboxRows.awaitStatusOf(server, "+852" + phone, "ACCEPTED");
    String attemptId = form(onlyRequest("/aliyun/", phone).getBodyAsString()).get("OutId");

    String delivered = report(phone, true, attemptId);
    String failed = report(phone, false, attemptId);
    String unknown = report(phone, true, "999999999");
    HttpResponse<String> wrongToken = aliyunReport("not-the-token", "[" + delivered + "]");
    assertEquals(403, wrongToken.statusCode());
    assertEquals(List.of("aliyun:ACCEPTED"), states("+852" + phone));

    HttpResponse<String> taken = aliyunReport(ALIYUN_TOKEN, "[" + delivered + "," + unknown + "]");
    assertEquals(200, taken.statusCode());
    assertEquals(0, json(taken.body()).path("code").asInt(-1));
    assertEquals(
        200, aliyunReport(ALIYUN_TOKEN, "[" + failed + "," + delivered + "]").statusCode());
    OutboxRows.awaitStatusOf(server, "+852" + phone, "DELIVERED");
    assertEquals(List.of("aliyun:DELIVERED"), states("+852" + phone));
    OutboxRows.assertNoTableHolds(server, List.of(phone));
  }

  @Test
  void theBreakerSkipsAFailingProviderAndLetsItBack() throws Exception {
    StubMapping outage =
        providers.stubFor(
            post(urlPathEqualTo("/a")).atPriority(1).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 3; i++) {
      String phone = Api.randomMobile();
      sendLoginCode(phone);
      acknowledge(awaitRequest("/b", phone));
      OutboxRows.awaitStatusOf(server, "+86" + phone, "DELIVERED");
      assertEquals(List.of("hook-a:FAILED", "hook-b:DELIVERED"), states("+86" + phone));
    }

    String skipped = Api.randomMobile();
    sendLoginCode(skipped);
    acknowledge(awaitRequest("/b", skipped));
    OutboxRows.awaitStatusOf(server, "+86" + skipped, "DELIVERED");
    assertEquals(List.of("hook-b:DELIVERED"), states("+86" + skipped), "A is skipped");
    assertEquals("hook-a", skippedProviders(), "the health check names it");

    providers.removeStub(outage);
    Thread.sleep(BREAKER_OPEN.toMillis());
    String back = Api.randomMobile();
    sendLoginCode(back);
    awaitRequest("/a", back);
    OutboxRows.awaitStatusOf(server, "+86" + back, "ACCEPTED");
    assertEquals(List.of("hook-a:ACCEPTED"), states("+86" + back), "A is let back");
  }

  /** Tells the service that gateway B delivered this message of its. */
  private void acknowledge(LoggedRequest atB) {
    assertEquals(204, attemptReceipt(SECRET_B, "hook-b", atB, "delivered").statusCode());
  }

  /** What the second server's liveness check says it skips (its management port: 9990 + 100). */
  private String skippedProviders() {
    String live =
        send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:10090/health/live")).GET()).body();
    for (JsonNode check : json(live).path("checks")) {
      if ("sms-dispatcher".equals(check.path("name").asText())) {
        return check.path("data").path("skippedProviders").asText();
      }
    }
    return "no sms-dispatcher check in " + live;
  }

  @Test
  void aFailoverPendingAtAStopIsFinishedAfterTheRestart() {
    String phone = Api.randomMobile();
    sendLoginCode(phone);
    awaitRequest("/a", phone);
    OutboxRows.awaitStatusOf(server, "+86" + phone, "ACCEPTED");

    server.restart();

    awaitRequest("/b", phone);
    OutboxRows.awaitStatusOf(server, "+86" + phone, "ACCEPTED");
    assertEquals(List.of("hook-a:NO_RECEIPT", "hook-b:ACCEPTED"), states("+86" + phone));
  }

  /** How the provider at {@code path} answers messages to this number. */
  private void answer(String path, String number, ResponseDefinitionBuilder response) {
    providers.stubFor(
        post(urlPathEqualTo(path))
            .withRequestBody(containing(number))
            .atPriority(1)
            .willReturn(response));
  }

  /** A sign-in code to a mainland number (no development outbox to read it from here). */
  private void sendLoginCode(String phone) {
    sendLoginCode(phone, "+86");
  }

  private void sendLoginCode(String nationalNumber, String countryCode) {
    api.post(
            "/api/v3/send-sms",
            Map.of(
                "channel", "CHANNEL_LOGIN",
                "phoneNumber", nationalNumber,
                "phoneCountryCode", countryCode),
            null)
        .assertOk();
  }

  /** The last digits of a number no other test uses. */
  private static String fourRandomDigits() {
    return String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
  }

  private List<String> states(String e164) {
    return OutboxRows.attempts(server, e164).stream()
        .map(attempt -> attempt.provider() + ":" + attempt.state())
        .toList();
  }

  private List<LoggedRequest> requests(String path, String number) {
    return providers.findAll(
        postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing(number)));
  }

  private LoggedRequest awaitRequest(String path, String number) {
    Eventually.await(
        "a message to " + number + " at " + path,
        RECEIPT_TIMEOUT.plusSeconds(20),
        () -> !requests(path, number).isEmpty());
    return requests(path, number).get(0);
  }

  private LoggedRequest onlyRequest(String path, String number) {
    List<LoggedRequest> found = requests(path, number);
    assertEquals(1, found.size(), path);
    return found.get(0);
  }

  private static String codeIn(LoggedRequest request) {
    return SmsGateway.codeIn(request);
  }

  private static ResponseDefinitionBuilder accepted(String id) {
    return SmsGateway.accepted(id);
  }

  private static ResponseDefinitionBuilder twilioAnswer(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private HttpResponse<String> webhookReceipt(
      String secret, String instance, String id, String status) {
    String body = "{\"id\": \"" + id + "\", \"status\": \"" + status + "\"}";
    return webhookPost(secret, instance, body, Instant.now().getEpochSecond());
  }

  /** A receipt that names our attempt id, as a gateway may instead of its own id. */
  private HttpResponse<String> attemptReceipt(
      String secret, String instance, LoggedRequest message, String status) {
    long attemptId = json(message.getBodyAsString()).path("attemptId").asLong();
    String body = "{\"attemptId\": " + attemptId + ", \"status\": \"" + status + "\"}";
    return webhookPost(secret, instance, body, Instant.now().getEpochSecond());
  }

  private HttpResponse<String> stale(String secret, String instance, String id) {
    String body = "{\"id\": \"" + id + "\", \"status\": \"undelivered\"}";
    return webhookPost(secret, instance, body, Instant.now().minusSeconds(600).getEpochSecond());
  }

  private HttpResponse<String> webhookPost(
      String secret, String instance, String body, long timestamp) {
    String signature = hex(hmac("HmacSHA256", secret, timestamp + "." + body));
    return send(
        HttpRequest.newBuilder(
                URI.create(SecondServer.BASE_URL + "/api/sms/receipts/webhook/" + instance))
            .header("Content-Type", "application/json")
            .header("X-PhoneBinding-Timestamp", String.valueOf(timestamp))
            .header("X-PhoneBinding-Signature", "sha256=" + signature)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Twilio's signature as its documentation computes it: the URL, then each field sorted. */
  private static String twilioSignature(String url, Map<String, String> fields) {
    StringBuilder signed = new StringBuilder(url);
    new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
    return Base64.getEncoder().encodeToString(hmac("HmacSHA1", TWILIO_TOKEN, signed.toString()));
  }

  private HttpResponse<String> twilioCallback(Map<String, String> fields, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(SecondServer.BASE_URL + "/api/sms/receipts/twilio/twilio"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields.entrySet().stream()
                        .map(
                            field ->
                                field.getKey()
                                    + "="
                                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return send(request);
  }

  private static String report(String phone, boolean success, String attemptId) {
    return "{\"phone_number\": \"852"
        + phone
        + "\", \"send_time\": \"2026-12-06 08:00:00\", \"report_time\": \"2026-12-06 08:00:05\","
        + " \"success\": "
        + success
        + ", \"err_code\": \""
        + (success ? "DELIVERED" : "MK:0001")
        + "\", \"err_msg\": \"\", \"sms_size\": \"1\", \"biz_id\": \"biz-1\", \"out_id\": \""
        + attemptId
        + "\"}";
  }

  private HttpResponse<String> aliyunReport(String token, String body) {
    return send(
        HttpRequest.newBuilder(
                URI.create(SecondServer.BASE_URL + "/api/sms/receipts/aliyun/aliyun/" + token))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(String algorithm, String key, String text) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static JsonNode json(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
