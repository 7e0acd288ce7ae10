package io.phonebinding.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * SMS through Alibaba Cloud's SendSms, against a local WireMock stub standing in for
 * dysmsapi.aliyuncs.com. The request's signature is recomputed here with the algorithm as Alibaba
 * Cloud documents it, written independently of the service's own code.
 */
class AliyunDeliveryIT extends SecondServerTest {

  private static final String KEY_ID = "LTAI-test-key";
  private static final String KEY_SECRET = "aliyun-test-secret";
  private static final String SIGN_NAME = "绑定手机";
  private static final String TEMPLATE = "SMS_123456789";
  private static final String NOTICE_TEMPLATE = "SMS_987654321";

  @Test
  void aliyunGetsASignedSendSmsAndItsRefusalsAreFinal() throws Exception {
    WireMockServer aliyun = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    aliyun.start();
    SecondServer server = secondServer();
    try {
      server.start(
          Map.of(
              "phonebind.sms.provider", "aliyun",
              "phonebind.sms.aliyun.endpoint", "http://127.0.0.1:" + aliyun.port(),
              "phonebind.sms.aliyun.access-key-id", KEY_ID,
              "phonebind.sms.aliyun.access-key-secret", KEY_SECRET,
              "phonebind.sms.aliyun.sign-name", SIGN_NAME,
              "phonebind.sms.aliyun.template-code", TEMPLATE,
              "phonebind.sms.aliyun.notice-template-code", NOTICE_TEMPLATE,
              "phonebind.sms.retry.initial-delay-ms", "300",
              "phonebind.sms.dispatch-interval-ms", "200"));
      Api api = server.api();
      aliyun.stubFor(
          post(urlEqualTo("/"))
              .atPriority(5)
              .willReturn(
                  json(
                      "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\"}")));

      String phone = Api.randomMobile();
      Instant before = Instant.now().minusSeconds(5);
      api.sendBindCode(phone).assertOk();
      OutboxRows.Row delivered = OutboxRows.awaitStatus(server, phone, "SENT");

      assertEquals("900619746936498440^0", delivered.providerMessageId());
      List<LoggedRequest> requests = requestsFor(aliyun, phone);
      assertEquals(1, requests.size());
      assertTrue(
          requests
              .get(0)
              .getHeader("Content-Type")
              .startsWith("application/x-www-form-urlencoded"));
      Map<String, String> form = TwilioDeliveryIT.form(requests.get(0).getBodyAsString());
      assertEquals("SendSms", form.get("Action"));
      assertEquals("2017-05-25", form.get("Version"));
      assertEquals("JSON", form.get("Format"));
      assertEquals(KEY_ID, form.get("AccessKeyId"));
      assertEquals("HMAC-SHA1", form.get("SignatureMethod"));
      assertEquals("1.0", form.get("SignatureVersion"));
      assertEquals("cn-hangzhou", form.get("RegionId"));
      assertEquals(phone, form.get("PhoneNumbers"));
      assertEquals(SIGN_NAME, form.get("SignName"));
      assertEquals(TEMPLATE, form.get("TemplateCode"));
      String code = Api.JSON.readTree(form.get("TemplateParam")).path("code").asText();
      assertEquals("{\"code\":\"" + code + "\"}", form.get("TemplateParam"));
      assertTrue(code.matches("[0-9]{6}"), code);
      api.bind(api.newUserToken(), phone, code).assertOk();
      Instant timestamp = Instant.parse(form.get("Timestamp"));
      assertTrue(!timestamp.isBefore(before) && timestamp.isBefore(Instant.now().plusSeconds(5)));
      assertTrue(form.get("SignatureNonce").length() >= 16);
      assertEquals(documentedSignature("POST", form, KEY_SECRET), form.get("Signature"));

      // Aliyun refuses the number: final, no retry.
      String refused = Api.randomMobile();
      aliyun.stubFor(
          post(urlEqualTo("/"))
              .withRequestBody(containing("PhoneNumbers=" + refused))
              .atPriority(1)
              .willReturn(
                  json("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"invalid number\"}")));
      api.sendBindCode(refused).assertOk();
      OutboxRows.awaitStatus(server, refused, "FAILED");
      assertEquals(1, requestsFor(aliyun, refused).size());

      // Throttled, then accepted: retried.
      String throttled = Api.randomMobile();
      aliyun.stubFor(
          post(urlEqualTo("/"))
              .withRequestBody(containing("PhoneNumbers=" + throttled))
              .atPriority(1)
              .inScenario("throttle")
              .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
              .willReturn(json("{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"busy\"}"))
              .willSetStateTo("calm"));
      aliyun.stubFor(
          post(urlEqualTo("/"))
              .withRequestBody(containing("PhoneNumbers=" + throttled))
              .atPriority(1)
              .inScenario("throttle")
              .whenScenarioStateIs("calm")
              .willReturn(json("{\"Code\":\"OK\",\"BizId\":\"biz-after-throttle\"}")));
      api.sendBindCode(throttled).assertOk();
      OutboxRows.Row afterThrottle = OutboxRows.awaitStatus(server, throttled, "SENT");
      assertEquals(2, afterThrottle.attempts());

      // Every code the stub received: none is left in clear in any table.
      List<String> codes = new java.util.ArrayList<>(List.of(code));
      for (String sent : List.of(refused, throttled)) {
        codes.add(
            Api.JSON
                .readTree(
                    TwilioDeliveryIT.form(requestsFor(aliyun, sent).get(0).getBodyAsString())
                        .get("TemplateParam"))
                .path("code")
                .asText());
      }
      OutboxRows.assertNoTableHolds(server, codes);
    } finally {
      server.stop();
      aliyun.stop();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static List<LoggedRequest> requestsFor(WireMockServer aliyun, String phone) {
    return aliyun.findAll(
        postRequestedFor(urlEqualTo("/")).withRequestBody(containing("PhoneNumbers=" + phone)));
  }

  /**
   * The documented algorithm: sort all parameters but Signature by name, percent-encode names and
   * values (only A-Z a-z 0-9 - _ . ~ stay as they are), join with = and &, then sign METHOD + "&" +
   * encode("/") + "&" + encode(query) with HMAC-SHA1 keyed by secret + "&".
   */
  static String documentedSignature(String method, Map<String, String> form, String secret) {
    TreeMap<String, String> sorted = new TreeMap<>(form);
    sorted.remove("Signature");
    String query =
        sorted.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String stringToSign = method + "&" + encode("/") + "&" + encode(query);
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
