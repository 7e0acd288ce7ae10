package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile headers, methods, paths and text, and hostile requests to the page: every request under
 * {@code /api/v3} gets the envelope (with a request id and the right 4xx), every page request the
 * product's own page, none a 5xx or a stack trace, and the database is the same afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

  private static final List<String> LEAKS =
      List.of(
          "Exception",
          "at io.",
          "at org.",
          "at java.",
          "WildFly",
          "Undertow",
          "JBoss",
          "Mojarra",
          "RESTEASY");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  /** One request and the answer it must get; apiCode -1 for a page (HTML) answer. */
  private record Case(
      String method,
      String target,
      Map<String, String> headers,
      String body,
      int http,
      int apiCode) {}

  @Test
  void everyHostileHeaderMethodPathAndPageRequestIsAnsweredAndChangesNothing() {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    List<Case> cases = new ArrayList<>();
    // A send the endpoint refuses (no number), so that requests whose headers pass change nothing.
    String sendSms = "{\"channel\":\"CHANNEL_BIND_PHONE\"}";

    // Headers that do not parse, or ask for what the API does not speak.
    String[][] endpoints = {
      {"GET", "/api/v3/get-profile", null},
      {"POST", "/api/v3/send-sms", sendSms},
      {"POST", "/api/v3/bind-phone", "{}"},
      {"POST", "/api/v3/signin", "{}"}
    };
    for (String[] endpoint : endpoints) {
      String method = endpoint[0];
      String path = endpoint[1];
      String body = endpoint[2];
      cases.add(
          apiCase(method, path, json(token, "Accept", "application/json;q=abc"), body, 400, 6031));
      cases.add(
          apiCase(method, path, json(token, "Accept", "application/json;q=7"), body, 400, 6031));
      cases.add(apiCase(method, path, json(token, "Accept", "/"), body, 400, 6031));
      cases.add(apiCase(method, path, json(token, "Accept", "application/xml"), body, 406, 6406));
      cases.add(apiCase(method, path, json(token, "Accept-Language", "@@@,;q=x"), body, 400, 6031));
      cases.add(apiCase(method, path, json(token, "Accept-Language", "en;q=2"), body, 400, 6031));
      cases.add(
          apiCase(
              method,
              path,
              json(token, "Content-Type", ";;"),
              body == null ? "{}" : body,
              400,
              6031));
      cases.add(
          apiCase(
              method,
              path,
              json(token, "Content-Type", "application/json;q=abc;;"),
              body == null ? "{}" : body,
              400,
              6031));
      cases.add(
          apiCase(method, path, json(token, "x-authing-lang", "x".repeat(4000)), body, 200, -2));
      cases.add(
          apiCase(
              method,
              path,
              json(token, "Authorization", "Bearer " + "A".repeat(6000)),
              body,
              200,
              -2));
      // Methods: OPTIONS gets the allowed methods in the envelope; others are not allowed.
      cases.add(apiCase("OPTIONS", path, Map.of(), null, 200, 0));
      for (String other : new String[] {"PUT", "DELETE", "PATCH", "PROPFIND", "FOO"}) {
        cases.add(apiCase(other, path, json(token), "{}", 405, 6405));
      }
    }
    // Paths and query strings.
    for (String target :
        new String[] {
          "/api/v3/get%ZZprofile",
          "/api/v3/%C0%AF",
          "/api/v3/%",
          "/api/v3/get-profile%",
          "/api/v3/%FF%FE",
          "/api/v3/send-sms%00",
          "/api/v3/..%2F..%2Fetc%2Fpasswd",
          "/api/v3/" + "a".repeat(3000),
          "/api/v3/does-not-exist",
          "/api/v3/get-profile/extra"
        }) {
      cases.add(
          apiCase(
              "GET",
              target,
              json(token),
              null,
              target.contains("%") && !target.contains("%2F") ? 400 : 404,
              target.contains("%") && !target.contains("%2F") ? 6031 : 6404));
    }
    // The directories the servlet container hides are answered like any unknown path.
    for (String hidden :
        new String[] {
          "/api/WEB-INF/web.xml", "/api/meta-inf/MANIFEST.MF", "/api/WEB-INF;x=1/web.xml"
        }) {
      cases.add(apiCase("GET", hidden, json(token), null, 404, 6404));
    }
    for (String query :
        new String[] {
          "limit=%ZZ", "limit=%00", "limit=" + "9".repeat(40), "limit=-1", "limit=abc&limit=def"
        }) {
      cases.add(
          apiCase(
              "GET",
              "/api/v3/get-my-phone-history?" + query,
              json(token),
              null,
              query.contains("%") ? 400 : 200,
              query.contains("%") ? 6031 : -2));
    }
    // Control characters in any text field, invisible characters in a phone number.
    for (String control : new String[] {"\\u0000", "\\u0001", "\\u001b", "\\u007f", "\\u0085"}) {
      cases.add(
          apiCase(
              "POST",
              "/api/v3/send-sms",
              json(null),
              "{\"channel\":\"CHANNEL_BIND_PHONE"
                  + control
                  + "\",\"phoneNumber\":\""
                  + phone
                  + "\"}",
              200,
              6003));
      cases.add(
          apiCase(
              "POST",
              "/api/v3/send-sms",
              json(null),
              "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":\"" + phone + control + "\"}",
              200,
              6003));
      cases.add(
          apiCase(
              "POST",
              "/api/v3/signup",
              json(null),
              "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\"ctl"
                  + control
                  + UUID.randomUUID().toString().substring(0, 6)
                  + "\",\"password\":\"long-enough-1\"}}",
              200,
              6003));
      cases.add(
          apiCase(
              "POST",
              "/api/v3/signin",
              json(null),
              "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"account\":\"a"
                  + control
                  + "\",\"password\":\"x\"}}",
              200,
              6003));
      cases.add(
          apiCase(
              "POST",
              "/api/v3/bind-phone",
              json(token),
              "{\"phoneNumber\":\"" + phone + "\",\"passCode\":\"12" + control + "3456\"}",
              200,
              6003));
    }
    for (String invisible :
        new String[] {"\\u200b", "\\u200d", "\\u202e", "\\u2066", "\\ufeff", "\\u00ad"}) {
      cases.add(
          apiCase(
              "POST",
              "/api/v3/send-sms",
              json(null),
              "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":\"188"
                  + invisible
                  + phone.substring(3)
                  + "\"}",
              200,
              6004));
      cases.add(
          apiCase(
              "POST",
              "/api/v3/bind-phone",
              json(token),
              "{\"phoneNumber\":\"" + phone + invisible + "\",\"passCode\":\"123456\"}",
              200,
              6004));
    }

    // The page.
    String[] languages = {"en-US", "zh-CN"};
    for (String language : languages) {
      Map<String, String> headers = Map.of("Accept-Language", language);
      cases.add(pageCase("GET", "/no-such-page.xhtml", headers, null, 404));
      cases.add(pageCase("GET", "/%ZZ.xhtml", headers, null, 404));
      cases.add(pageCase("GET", "/error", headers, null, 404));
      for (String hidden :
          new String[] {
            "/WEB-INF/web.xml",
            "/web-inf/beans.xml",
            "/META-INF/MANIFEST.MF",
            "/WEB-INF;x=1/web.xml",
            "/WEB-INF"
          }) {
        cases.add(pageCase("GET", hidden, headers, null, 404));
      }
      cases.add(pageCase("POST", "/index.xhtml", form(headers), manyParameters(1_500), 400));
      cases.add(pageCase("POST", "/signup.xhtml", form(headers), manyParameters(5_000), 400));
      cases.add(pageCase("GET", "/", Map.of("Accept-Language", "@@@;q=x"), null, 200));
      cases.add(pageCase("GET", "/?lang=" + "x".repeat(500), headers, null, 200));
    }

    Map<String, String> before = DatabaseSnapshot.take();
    for (Case hostile : cases) {
      check(hostile);
    }
    Map<String, String> after = DatabaseSnapshot.take();

    assertTrue(cases.size() >= 100, "only " + cases.size() + " cases");
    before.forEach((query, rows) -> assertEquals(rows, after.get(query), "changed: " + query));
  }

  @Test
  void headOfAnEndpointAnswersItsHeadersWithoutABody() {
    RawHttp.Response head = RawHttp.send(Api.BASE_URL, "HEAD", "/api/v3/send-sms", Map.of(), null);
    assertEquals(405, head.status());
    assertTrue(
        head.header("Content-Type").startsWith("application/json"), head.headers().toString());
    UUID.fromString(head.header("X-Request-Id"));
    assertEquals("", head.body());
  }

  @Test
  void expiredFormSendsTheUserBackToThePageWithAMessageInTheirLanguage() {
    for (String[] language :
        new String[][] {{"en-US", "This form had expired"}, {"zh-CN", "表单已失效"}}) {
      RawHttp.Response post =
          RawHttp.send(
              Api.BASE_URL,
              "POST",
              "/index.xhtml",
              form(Map.of("Accept-Language", language[0])),
              "signin=signin&signin%3Aaccount=alice&signin%3Apassword=x&signin%3Asubmit=x&jakarta.faces.ViewState="
                  + "-1234567890123456789%3A987654321");
      assertTrue(post.status() == 302 || post.status() == 303, post.status() + " " + post.body());
      String location = post.header("Location");
      assertTrue(location.endsWith("/?expired=1"), location);
      RawHttp.Response page =
          RawHttp.send(
              Api.BASE_URL, "GET", "/?expired=1", Map.of("Accept-Language", language[0]), null);
      assertEquals(200, page.status());
      assertTrue(page.body().contains(language[1]), page.body());
    }
  }

  @Test
  void aPartialRequestWithABrokenViewStateIsSentBackToThePageNamingNoException() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Faces-Request", "partial/ajax");
    RawHttp.Response partial =
        RawHttp.send(
            Api.BASE_URL,
            "POST",
            "/index.xhtml",
            form(headers),
            "jakarta.faces.partial.ajax=true&jakarta.faces.source=signin%3Asubmit"
                + "&jakarta.faces.partial.execute=%40all&signin=signin&signin%3Aaccount=alice"
                + "&jakarta.faces.ViewState=-1234567890123456789%3A987654321");

    assertEquals(200, partial.status(), partial.body());
    assertTrue(partial.body().contains("<partial-response"), partial.body());
    assertTrue(partial.body().contains("<redirect url=\"/?expired=1\""), partial.body());
    assertFalse(partial.body().contains("Exception"), partial.body());
    assertFalse(partial.body().contains("class "), partial.body());
  }

  private void check(Case hostile) {
    RawHttp.Response answer =
        RawHttp.send(
            Api.BASE_URL, hostile.method(), hostile.target(), hostile.headers(), hostile.body());
    String what =
        hostile.method()
            + " "
            + abbreviate(hostile.target())
            + " "
            + abbreviate(String.valueOf(hostile.headers()))
            + " "
            + abbreviate(hostile.body())
            + " -> "
            + answer.status()
            + " "
            + abbreviate(answer.body());
    assertTrue(answer.status() < 500, what);
    assertEquals(hostile.http(), answer.status(), what);
    assertEquals("", answer.header("Server"), what);
    assertEquals("", answer.header("X-Powered-By"), what);
    for (String leak : LEAKS) {
      assertFalse(answer.body().contains(leak), "leaks " + leak + ": " + what);
    }
    if (hostile.apiCode() == -1) {
      assertTrue(answer.header("Content-Type").startsWith("text/html"), what);
      assertTrue(answer.body().contains("Phone binding") || answer.body().contains("手机号绑定"), what);
      return;
    }
    assertTrue(answer.header("Content-Type").startsWith("application/json"), what);
    JsonNode envelope;
    try {
      envelope = Api.JSON.readTree(answer.body());
    } catch (Exception notJson) {
      throw new AssertionError("not JSON: " + what, notJson);
    }
    UUID.fromString(envelope.path("requestId").asText());
    assertEquals(answer.header("X-Request-Id"), envelope.path("requestId").asText(), what);
    assertFalse(envelope.path("message").asText().isBlank(), what);
    if (hostile.apiCode() >= 0) {
      assertEquals(hostile.apiCode(), envelope.path("apiCode").asInt(), what);
    }
    if (hostile.http() != 200) {
      assertEquals(hostile.http(), envelope.path("statusCode").asInt(), what);
    } else {
      assertTrue(envelope.path("statusCode").asInt() < 500, what);
    }
  }

  private Case apiCase(
      String method,
      String target,
      Map<String, String> headers,
      String body,
      int http,
      int apiCode) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("X-Forwarded-For", api.clientIp);
    all.putAll(headers);
    if (body != null && !all.containsKey("Content-Type")) {
      all.put("Content-Type", "application/json");
    }
    return new Case(method, target, all, body, http, apiCode);
  }

  private static Case pageCase(
      String method, String target, Map<String, String> headers, String body, int http) {
    return new Case(method, target, headers, body, http, -1);
  }

  /** Headers of an authenticated JSON call, with these added or replaced. */
  private static Map<String, String> json(String token, String... more) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < more.length; i += 2) {
      headers.put(more[i], more[i + 1]);
    }
    return headers;
  }

  private static Map<String, String> form(Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/x-www-form-urlencoded");
    return all;
  }

  private static String manyParameters(int count) {
    StringBuilder form = new StringBuilder("signin=signin");
    for (int i = 0; i < count; i++) {
      form.append("&p").append(i).append('=').append(i);
    }
    return form.toString();
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "...";
  }
}
