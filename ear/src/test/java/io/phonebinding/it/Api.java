package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of the deployed service, as an integrator's app would call it. */
final class Api {

  static final String BASE_URL =
      System.getProperty("phonebinding.it.base-url", "http://localhost:8080");
  static final String PASSWORD = "correct-horse-42";
  private static final Pattern CODE_IN_TEXT = Pattern.compile("(?:code is |验证码是 |验证码)(\\d+)");
  private static final Pattern LINK_TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * The client address this caller claims through X-Forwarded-For, which the test server trusts
   * from 127.0.0.1 (arquillian.xml). Each client is a different address, so per-IP limits of one
   * test do not bleed into another.
   */
  final String clientIp = randomDocumentationAddress();

  private final String baseUrl;

  Api() {
    this(BASE_URL);
  }

  Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The clients of one run take the addresses of 198.18.0.0/15 in turn from a random start, so no
   * two of them share an address (and so a per-IP count) by chance.
   */
  private static final AtomicInteger NEXT_ADDRESS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 17));

  private static String randomDocumentationAddress() {
    int host = NEXT_ADDRESS.getAndIncrement() & ((1 << 17) - 1);
    return "198." + (18 + (host >> 16)) + "." + ((host >> 8) & 0xff) + "." + (host & 0xff);
  }

  /** What the server answered: HTTP status and the JSON body. */
  record Answer(int httpStatus, JsonNode body) {
    int statusCode() {
      return body.path("statusCode").asInt(-1);
    }

    int apiCode() {
      return body.path("apiCode").asInt(-1);
    }

    JsonNode data() {
      return body.path("data");
    }

    /** Asserts an Authing envelope reporting this error, sent with HTTP 200. */
    Answer assertError(int expectedStatusCode, int expectedApiCode) {
      assertEquals(200, httpStatus, () -> "HTTP status of " + body);
      return assertEnvelope(expectedStatusCode, expectedApiCode);
    }

    Answer assertEnvelope(int expectedStatusCode, int expectedApiCode) {
      assertEquals(expectedStatusCode, statusCode(), () -> "statusCode of " + body);
      assertEquals(expectedApiCode, apiCode(), () -> "apiCode of " + body);
      assertFalse(body.path("message").asText().isBlank(), () -> "message of " + body);
      assertRequestId();
      return this;
    }

    Answer assertOk() {
      return assertError(200, 0);
    }

    private void assertRequestId() {
      UUID.fromString(body.path("requestId").asText());
    }
  }

  Answer post(String path, String jsonBody, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("x-authing-app-id", "it-app")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    return send(request, token, headers);
  }

  Answer post(String path, String jsonBody, String token) {
    return post(path, jsonBody, token, Map.of());
  }

  Answer post(String path, Object body, String token, Map<String, String> headers) {
    return post(path, toJson(body), token, headers);
  }

  Answer post(String path, Object body, String token) {
    return post(path, toJson(body), token, Map.of());
  }

  /** A form-urlencoded POST, as OAuth's endpoints take them. */
  Answer postForm(String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(request, null, headers);
  }

  Answer postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  /** Any method, any body, any content type: for requests an honest client would not send. */
  Answer send(String method, String path, String body, String token, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    return send(request, token, Map.of());
  }

  Answer get(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
    return send(request, token, headers);
  }

  Answer get(String path, String token) {
    return get(path, token, Map.of());
  }

  private Answer send(HttpRequest.Builder request, String token, Map<String, String> headers) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (!headers.containsKey("X-Forwarded-For")) {
      request.header("X-Forwarded-For", clientIp);
    }
    headers.forEach(request::setHeader);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").contains("json"),
          () -> "not JSON: " + response.statusCode() + " " + response.body());
      return new Answer(response.statusCode(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String toJson(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs up a fresh user and returns its access token. */
  String newUserToken() {
    return newUser().token();
  }

  /** A signed-up user and the access token of its first sign-in. */
  record User(String username, String token) {}

  User newUser() {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
    signUp(username).assertOk();
    return new User(username, tokenOf(username));
  }

  /** A fresh access token: after a phone change or an unbind the earlier ones have ended. */
  String tokenOf(String username) {
    return signIn(username, PASSWORD).assertOk().data().path("access_token").asText();
  }

  /** Signs up with a username and an e-mail, both sign-in identifiers of the account. */
  Answer signUp(String username, String email) {
    return signUpWith(Map.of("username", username, "email", email, "password", PASSWORD));
  }

  Answer signUp(String username) {
    return signUpWith(Map.of("username", username, "password", PASSWORD));
  }

  private Answer signUpWith(Map<String, String> passwordPayload) {
    return post(
        "/api/v3/signup",
        Map.of("connection", "PASSWORD", "passwordPayload", passwordPayload),
        null);
  }

  Answer signIn(String account, String password) {
    return post(
        "/api/v3/signin",
        Map.of(
            "connection",
            "PASSWORD",
            "passwordPayload",
            Map.of("account", account, "password", password)),
        null);
  }

  Answer sendBindCode(String nationalNumber) {
    return post(
        "/api/v3/send-sms",
        Map.of(
            "channel", "CHANNEL_BIND_PHONE",
            "phoneNumber", nationalNumber,
            "phoneCountryCode", "+86"),
        null);
  }

  Answer bind(String token, String nationalNumber, String code) {
    return post(
        "/api/v3/bind-phone",
        Map.of("phoneNumber", nationalNumber, "passCode", code, "phoneCountryCode", "+86"),
        token);
  }

  /** Binds a fresh number to the user and returns it (national form). */
  String bindNewPhone(String token) {
    String phone = randomMobile();
    sendBindCode(phone).assertOk();
    bind(token, phone, latestCode("+86" + phone)).assertOk();
    return phone;
  }

  /** Signs in with a +86 number's code, making its account when there is none. */
  Answer signInByCode(String nationalNumber, String code) {
    return post(
        "/api/v3/signin",
        Map.of(
            "connection",
            "PASSCODE",
            "passCodePayload",
            Map.of("phone", nationalNumber, "passCode", code, "phoneCountryCode", "+86"),
            "options",
            Map.of("autoRegister", true)),
        null);
  }

  /** A management token for an access key, as Authing's SDK gets one. */
  String managementToken(String keyId, String secret) {
    return post(
            "/api/v3/get-management-token",
            Map.of("accessKeyId", keyId, "accessKeySecret", secret),
            null)
        .assertOk()
        .data()
        .path("access_token")
        .asText();
  }

  /** Sends a code on the channel to a +86 number and returns the code. */
  String sendCode(String channel, String nationalNumber) {
    post("/api/v3/send-sms", sms(channel, nationalNumber), null).assertOk();
    return latestCode("+86" + nationalNumber);
  }

  /** Sends both codes of a phone change and checks them: the answer's data. */
  JsonNode verifyPhoneChange(String token, String oldPhone, String newPhone) {
    String oldCode = sendCode("CHANNEL_UNBIND_PHONE", oldPhone);
    String newCode = sendCode("CHANNEL_BIND_PHONE", newPhone);
    JsonNode data =
        post(
                "/api/v3/verify-update-phone-request",
                changeBody(oldPhone, oldCode, newPhone, newCode),
                token)
            .assertOk()
            .data();
    assertTrue(data.path("tokenExpiresIn").asLong() > 0, data::toString);
    return data;
  }

  static Map<String, Object> changeBody(
      String oldPhone, String oldCode, String newPhone, String newCode) {
    return Map.of(
        "verifyMethod",
        "PHONE_PASSCODE",
        "phonePassCodePayload",
        Map.of(
            "oldPhoneNumber", oldPhone,
            "oldPhonePassCode", oldCode,
            "oldPhoneCountryCode", "+86",
            "newPhoneNumber", newPhone,
            "newPhonePassCode", newCode,
            "newPhoneCountryCode", "+86"));
  }

  static Map<String, String> sms(String channel, String phone) {
    return Map.of("channel", channel, "phoneNumber", phone, "phoneCountryCode", "+86");
  }

  JsonNode profile(String token) {
    return get("/api/v3/get-profile", token).assertOk().data();
  }

  /** The actions in a user's audit trail, newest first. */
  List<String> historyActions(String token) {
    List<String> actions = new ArrayList<>();
    get("/api/v3/get-my-phone-history", token)
        .assertOk()
        .data()
        .path("list")
        .forEach(entry -> actions.add(entry.path("action").asText()));
    return actions;
  }

  /** The code in the newest message the development sender kept for a phone. */
  String latestCode(String e164) {
    JsonNode messages = devMessages(e164);
    assertTrue(messages.isArray() && messages.size() > 0, () -> "no SMS for " + e164);
    return codeIn(messages.get(0).path("text").asText());
  }

  /** The code an SMS text carries. */
  static String codeIn(String text) {
    Matcher matcher = CODE_IN_TEXT.matcher(text);
    assertTrue(matcher.find(), () -> "no code in: " + text);
    return matcher.group(1);
  }

  JsonNode devMessages(String e164) {
    return development("/api/dev/sms?phone=" + URLEncoder.encode(e164, StandardCharsets.UTF_8));
  }

  /**
   * Moves the server's clock forward (development mode); claims and changes that fell due are made.
   * Tests set it back with {@link #resetClock} when they end.
   */
  void advanceClock(Duration by) {
    JsonNode answer = postPlain("/api/dev/clock", toJson(Map.of("advanceSeconds", by.toSeconds())));
    assertTrue(answer.path("aheadSeconds").asLong() >= by.toSeconds(), answer::toString);
  }

  void resetClock() {
    send("DELETE", "/api/dev/clock", null, null, null);
  }

  private JsonNode postPlain(String path, String json) {
    Answer answer = send("POST", path, json, null, "application/json");
    assertEquals(200, answer.httpStatus(), answer.body()::toString);
    return answer.body();
  }

  /** A link's token in a message text (keep a number, cancel a change). */
  static String linkTokenIn(String text) {
    Matcher matcher = LINK_TOKEN.matcher(text);
    assertTrue(matcher.find(), () -> "no link in: " + text);
    return matcher.group(1);
  }

  /** The e-mail development mode kept for an address, newest first. */
  JsonNode devMail(String address) {
    return development("/api/dev/mail?email=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
  }

  /** Sends a code by e-mail for the signed-in user and returns it, read from development mode. */
  String sendEmailCode(String token, String channel, String address) {
    post("/api/v3/send-email", Map.of("channel", channel, "email", address), token).assertOk();
    JsonNode mail = devMail(address);
    assertTrue(mail.isArray() && mail.size() > 0, () -> "no e-mail to " + address);
    return codeIn(mail.get(0).path("text").asText());
  }

  /** Binds a fresh verified e-mail address to the user and returns it. */
  String bindNewEmail(String token) {
    String address = randomEmail();
    String code = sendEmailCode(token, "CHANNEL_BIND_EMAIL", address);
    post("/api/v3/bind-email", Map.of("email", address, "passCode", code), token).assertOk();
    return address;
  }

  static String randomEmail() {
    return "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
  }

  private JsonNode development(String pathAndQuery) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response::body);
      JsonNode body = JSON.readTree(response.body());
      assertNotNull(body);
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A random, valid mainland China mobile number (188 prefix), national form. */
  static String randomMobile() {
    return "188" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
