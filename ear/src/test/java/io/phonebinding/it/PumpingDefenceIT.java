package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMS pumping refused before anything is queued: kinds of number that take no codes (VoIP as the
 * test server's {@code phonebind.sms.voip-regions=GB} says), a block of 1,000 numbers that got its
 * 10 codes in the hour with none used (exactly, however many sends race), while a block whose codes
 * are used and a safe-listed block go on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PumpingDefenceIT {

  private static final Pattern BLOCKED_METRIC =
      Pattern.compile("(?m)^phonebind_sms_ranges_blocked_total\\{([^}]*)\\} ([0-9.eE+-]+)$");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void premiumRateAndOtherNumbersThatTakeNoCodesAreRefusedAndNothingIsQueued() {
    Map<String, String> refused =
        Map.of(
            "16812345", "PREMIUM_RATE",
            "+44 909 8790000", "PREMIUM_RATE",
            "400 123 4567", "SHARED_COST",
            "+1 800 234 5678", "TOLL_FREE",
            "010 6552 9988", "FIXED_LINE");
    refused.forEach(
        (number, type) -> {
          JsonNode data =
              api.post(
                      "/api/v3/send-sms",
                      Map.of("channel", "CHANNEL_LOGIN", "phoneNumber", number),
                      null)
                  .assertError(403, 6048)
                  .data();
          assertEquals(type, data.path("numberType").asText(), number);
        });
    assertEquals(0, api.devMessages("+8616812345").size());
    assertEquals(0, api.devMessages("+449098790000").size());
  }

  @Test
  void voipNumbersGetCodesOnlyInTheRegionsTheSettingNames() {
    String british = "+4456" + digits(8);
    // Great Britain is outside the test server's allowed regions: the safe list lets this one in.
    safeList(british, "a VoIP test line");
    api.post("/api/v3/send-sms", Map.of("channel", "CHANNEL_LOGIN", "phoneNumber", british), null)
        .assertOk();
    assertEquals(1, api.devMessages(british).size());

    String dutch = "+3185" + digits(7);
    safeList(dutch, "a VoIP test line");
    JsonNode data =
        api.post("/api/v3/send-sms", Map.of("channel", "CHANNEL_LOGIN", "phoneNumber", dutch), null)
            .assertError(403, 6048)
            .data();
    assertEquals("VOIP", data.path("numberType").asText());
    assertEquals(0, api.devMessages(dutch).size());
  }

  @Test
  void aPumpedBlockIsBlockedAfterItsTenthUnusedCodeWhileAUsedBlockGoesOn() throws Exception {
    String pumped = "188" + digits(5);
    String used = "188" + digits(5);
    double blockedBefore = blockedMetric();
    for (int i = 0; i < 10; i++) {
      sendFromNewClient(pumped + String.format("%03d", i)).assertOk();
      String number = used + String.format("%03d", i);
      sendFromNewClient(number).assertOk();
      if (i < 3) {
        signInWith(number);
      }
    }

    JsonNode refused = sendFromNewClient(pumped + "999").assertError(403, 6049).data();
    long retryAfter = refused.path("retryAfterSeconds").asLong();
    assertTrue(retryAfter > 11 * 3600 && retryAfter <= 12 * 3600, refused::toString);
    assertEquals(0, api.devMessages("+86" + pumped + "999").size());
    sendFromNewClient(used + "999").assertOk();

    String block = "+86" + pumped;
    JsonNode blocked = api.get("/api/v3/list-blocked-ranges", writerToken()).assertOk().data();
    assertTrue(
        blocked.path("list").toString().contains("\"range\":\"" + block + "\""), blocked::toString);
    assertTrue(!blocked.path("list").toString().contains("+86" + used), blocked::toString);
    assertEquals(
        List.of(
            "phone-binding|" + block + "***|10 codes sent and 0 used this clock hour and the last"),
        blockAudit(block));
    assertEquals(blockedBefore + 1, blockedMetric());
  }

  @Test
  void racingSendsToOneBlockLetExactlyTheThresholdThrough() throws Exception {
    String block = "188" + digits(5);
    sendFromNewClient(block + "000").assertOk();
    List<Callable<Integer>> sends = new ArrayList<>();
    for (int i = 1; i <= 19; i++) {
      String number = block + String.format("%03d", i);
      sends.add(() -> sendFromNewClient(number).apiCode());
    }
    ExecutorService clients = Executors.newFixedThreadPool(19);
    Map<Integer, Integer> answers = new HashMap<>();
    try {
      for (Future<Integer> answer : clients.invokeAll(sends)) {
        answers.merge(answer.get(), 1, Integer::sum);
      }
    } finally {
      clients.shutdownNow();
    }

    assertEquals(Map.of(0, 9, 6049, 10), answers);
  }

  @Test
  void aSafeListedBlockIsExempt() {
    String block = "188" + digits(5);
    safeList("+86" + block, "our own test phones");
    for (int i = 0; i < 12; i++) {
      sendFromNewClient(block + String.format("%03d", i)).assertOk();
    }
    assertEquals(1, api.devMessages("+86" + block + "011").size());
  }

  /** Each send from a client of its own, so no per-IP cap is what refuses it. */
  private static Api.Answer sendFromNewClient(String nationalNumber) {
    return new Api().post("/api/v3/send-sms", Api.sms("CHANNEL_LOGIN", nationalNumber), null);
  }

  /** Uses the number's code: a code sign-in that makes its account. */
  private void signInWith(String nationalNumber) {
    api.signInByCode(nationalNumber, api.latestCode("+86" + nationalNumber)).assertOk();
  }

  private String writerToken() {
    return api.managementToken(ManagementApiIT.WRITE_KEY, ManagementApiIT.WRITE_SECRET);
  }

  private void safeList(String number, String reason) {
    api.post(
            "/api/v3/put-number-rule",
            Map.of("number", number, "list", "SAFE", "reason", reason),
            writerToken())
        .assertOk();
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  /** The block's entries in the audit trail: actor, subject and the reason's counts. */
  private static List<String> blockAudit(String block) throws Exception {
    List<String> entries = new ArrayList<>();
    try (Connection database = DatabaseSnapshot.connect();
        PreparedStatement query =
            database.prepareStatement(
                "select actor, phone_masked, reason from audit_events"
                    + " where action = 'NUMBER_RANGE_BLOCKED' and phone_masked = ?")) {
      query.setString(1, block + "***");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String reason = rows.getString(3);
          entries.add(
              rows.getString(1)
                  + "|"
                  + rows.getString(2)
                  + "|"
                  + reason.substring(0, reason.indexOf(';')));
        }
      }
    }
    return entries;
  }

  /** The blocks blocked in China so far, from the management port's metrics. */
  private static double blockedMetric() throws Exception {
    String metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:9990/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    double sum = 0;
    Matcher matcher = BLOCKED_METRIC.matcher(metrics);
    while (matcher.find()) {
      if (matcher.group(1).contains("country=\"CN\"")) {
        sum += Double.parseDouble(matcher.group(2));
      }
    }
    return sum;
  }
}
