package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.authing.sdk.java.client.ManagementClient;
import cn.authing.sdk.java.dto.GetUserDto;
import cn.authing.sdk.java.dto.GetUserLoginHistoryDto;
import cn.authing.sdk.java.dto.IsSuccessRespDto;
import cn.authing.sdk.java.dto.KickUsersDto;
import cn.authing.sdk.java.dto.ListUsersOptionsDto;
import cn.authing.sdk.java.dto.ListUsersRequestDto;
import cn.authing.sdk.java.dto.PaginationDto;
import cn.authing.sdk.java.dto.SortingDto;
import cn.authing.sdk.java.dto.UpdateUserReqDto;
import cn.authing.sdk.java.dto.UserLoginHistoryPaginatedRespDto;
import cn.authing.sdk.java.dto.UserPaginatedRespDto;
import cn.authing.sdk.java.dto.UserSingleRespDto;
import cn.authing.sdk.java.model.ManagementClientOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authing's {@code ManagementClient}, unchanged, drives the operator's desk; the desk's own calls,
 * and every refusal: a wrong or revoked key, a read key writing, a user's token on management calls
 * and a management token on the user's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagementApiIT {

  /** The keys arquillian.xml lists in phonebind.management.access-keys (by their hashes). */
  static final String WRITE_KEY = "it-write-key";

  static final String WRITE_SECRET = "write-secret-of-the-integration-tests";
  static final String READ_KEY = "it-read-key";
  static final String READ_SECRET = "read-secret-of-the-integration-tests";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  static ManagementClient client(String keyId, String secret) {
    ManagementClientOptions options = new ManagementClientOptions();
    options.setAccessKeyId(keyId);
    options.setAccessKeySecret(secret);
    options.setHost(Api.BASE_URL);
    return new ManagementClient(options);
  }

  /** A management token as the SDK gets one, for the calls the SDK does not have. */
  String managementToken(String keyId, String secret) {
    return api.managementToken(keyId, secret);
  }

  @Test
  void authingsManagementClientFindsListsChangesAndSignsOutAUser() throws Exception {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    ManagementClientOptions options = new ManagementClientOptions();
    options.setAccessKeyId(WRITE_KEY);
    options.setAccessKeySecret(WRITE_SECRET);
    options.setHost(Api.BASE_URL);
    ManagementClient desk = new ManagementClient(options);

    GetUserDto byPhone = new GetUserDto();
    byPhone.setUserId(phone);
    byPhone.setUserIdType("phone");
    UserSingleRespDto found = desk.getUser(byPhone);
    assertEquals(200, found.getStatusCode(), found.getMessage());
    assertEquals(user.username(), found.getData().getUsername());
    assertEquals(phone, found.getData().getPhone());
    String userId = found.getData().getUserId();

    ListUsersRequestDto list = new ListUsersRequestDto();
    list.setKeywords(phone.substring(2));
    ListUsersOptionsDto listOptions = new ListUsersOptionsDto();
    PaginationDto pagination = new PaginationDto();
    pagination.setPage(1);
    pagination.setLimit(5);
    listOptions.setPagination(pagination);
    SortingDto sorting = new SortingDto();
    sorting.setField(SortingDto.Field.CREATED_AT);
    sorting.setOrder(SortingDto.Order.DESC);
    listOptions.setSort(List.of(sorting));
    list.setOptions(listOptions);
    UserPaginatedRespDto listed = desk.listUsers(list);
    assertEquals(200, listed.getStatusCode(), listed.getMessage());
    assertEquals(1, listed.getData().getTotalCount());
    assertEquals(userId, listed.getData().getList().get(0).getUserId());

    // A new number for the user, with a reason in the header Authing's SDK can carry.
    String newPhone = Api.randomMobile();
    options
        .getHeaders()
        .put("x-phonebind-reason", URLEncoder.encode("工单 4711: 号码转网", StandardCharsets.UTF_8));
    UpdateUserReqDto give = new UpdateUserReqDto();
    give.setUserId(userId);
    give.setPhone(newPhone);
    give.setPhoneCountryCode("+86");
    UserSingleRespDto given = desk.updateUser(give);
    assertEquals(200, given.getStatusCode(), given.getMessage());
    assertEquals(newPhone, given.getData().getPhone());
    api.get("/api/v3/get-profile", user.token()).assertError(401, 6028);
    assertTrue(
        api.devMessages("+86" + phone).get(0).path("text").asText().contains(user.username()),
        "the number that lost the binding is told");

    UpdateUserReqDto free = new UpdateUserReqDto();
    free.setUserId(userId);
    free.setPhone("");
    UserSingleRespDto freed = desk.updateUser(free);
    assertEquals(200, freed.getStatusCode(), freed.getMessage());
    assertNull(freed.getData().getPhone());
    api.sendBindCode(newPhone).assertOk();
    String other = api.newUserToken();
    api.bind(other, newPhone, api.latestCode("+86" + newPhone)).assertOk();

    JsonNode history =
        api.get(
                "/api/v3/get-user-phone-history?userId=" + userId,
                managementToken(WRITE_KEY, WRITE_SECRET))
            .assertOk()
            .data()
            .path("list");
    assertEquals("OPERATOR_FREE_PHONE", history.get(0).path("action").asText());
    assertEquals("it-desk", history.get(0).path("actor").asText());
    assertEquals("工单 4711: 号码转网", history.get(0).path("reason").asText());
    assertEquals("OPERATOR_SET_PHONE", history.get(1).path("action").asText());
    JsonNode own =
        api.get("/api/v3/get-my-phone-history", api.tokenOf(user.username()))
            .data()
            .path("list")
            .get(1);
    assertEquals("OPERATOR_FREE_PHONE", own.path("action").asText(), "after the sign-in");
    assertEquals("operator", own.path("actor").asText());
    assertTrue(own.path("reason").isNull(), "the reason is the operators'");

    String token = api.tokenOf(user.username());
    KickUsersDto kick = new KickUsersDto();
    kick.setUserId(userId);
    kick.setAppIds(List.of());
    IsSuccessRespDto kicked = desk.kickUsers(kick);
    assertEquals(200, kicked.getStatusCode(), kicked.getMessage());
    api.get("/api/v3/get-profile", token).assertError(401, 6028);

    GetUserLoginHistoryDto logins = new GetUserLoginHistoryDto();
    logins.setUserId(userId);
    logins.setPage(1);
    logins.setLimit(2);
    UserLoginHistoryPaginatedRespDto signIns = desk.getUserLoginHistory(logins);
    assertEquals(200, signIns.getStatusCode(), signIns.getMessage());
    assertEquals(3, signIns.getData().getTotalCount(), "the sign-ins of this test");
    assertEquals(2, signIns.getData().getList().size());
    assertEquals(api.clientIp, signIns.getData().getList().get(0).getClientIp());
  }

  @Test
  void usersAreFoundByEmailAndUsernameAndBadQueriesAreRefused() {
    String username = "mgmt-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username, username + "@example.com").assertOk();
    ManagementClient desk = client(READ_KEY, READ_SECRET);
    for (String[] naming :
        List.of(
            new String[] {"email", username.toUpperCase() + "@example.com"},
            new String[] {"username", username.toUpperCase()})) {
      GetUserDto query = new GetUserDto();
      query.setUserIdType(naming[0]);
      query.setUserId(naming[1]);
      UserSingleRespDto found = desk.getUser(query);
      assertEquals(200, found.getStatusCode(), found.getMessage());
      assertEquals(username, found.getData().getUsername());
    }

    String reader = managementToken(READ_KEY, READ_SECRET);
    api.get("/api/v3/get-user?userId=x&userIdType=nickname", reader).assertError(400, 6003);
    api.get("/api/v3/get-user", reader).assertError(400, 6002);
    api.get("/api/v3/get-user?userId=123&userIdType=phone", reader).assertError(400, 6004);
    api.post(
            "/api/v3/list-users",
            Map.of("options", Map.of("sort", List.of(Map.of("field", "password")))),
            reader)
        .assertError(400, 6003);
    api.post(
            "/api/v3/list-users",
            Map.of("options", Map.of("pagination", Map.of("page", 1, "limit", 101))),
            reader)
        .assertError(400, 6003);
    JsonNode everyone = api.post("/api/v3/list-users", Map.of(), reader).assertOk().data();
    assertTrue(everyone.path("totalCount").asLong() >= 1);
    assertTrue(everyone.path("list").size() <= 10, "10 a page unless asked");
  }

  @Test
  void aSuspendedUserCannotSignInUntilActivatedAgain() {
    Api.User user = api.newUser();
    ManagementClient desk = client(WRITE_KEY, WRITE_SECRET);
    String userId = api.get("/api/v3/get-profile", user.token()).data().path("userId").asText();

    UpdateUserReqDto suspend = new UpdateUserReqDto();
    suspend.setUserId(userId);
    suspend.setStatus(UpdateUserReqDto.Status.SUSPENDED);
    UserSingleRespDto suspended = desk.updateUser(suspend);
    assertEquals(200, suspended.getStatusCode(), suspended.getMessage());
    assertEquals("Suspended", suspended.getData().getStatus().getValue());
    api.get("/api/v3/get-profile", user.token()).assertError(401, 6028);
    api.signIn(user.username(), Api.PASSWORD).assertError(403, 6034);

    UpdateUserReqDto activate = new UpdateUserReqDto();
    activate.setUserId(userId);
    activate.setStatus(UpdateUserReqDto.Status.ACTIVATED);
    assertEquals(200, desk.updateUser(activate).getStatusCode());
    api.signIn(user.username(), Api.PASSWORD).assertOk();
  }

  @Test
  void refusalsOfKeysAndTokens() {
    RuntimeException wrongSecret =
        assertThrows(
            RuntimeException.class,
            () -> client(WRITE_KEY, "not-the-secret").getUser(new GetUserDto()));
    assertFalse(wrongSecret.getMessage().isBlank());
    api.post(
            "/api/v3/get-management-token",
            Map.of("accessKeyId", WRITE_KEY, "accessKeySecret", "not-the-secret"),
            null)
        .assertError(401, 6035);

    Api.User user = api.newUser();
    String userId = api.get("/api/v3/get-profile", user.token()).data().path("userId").asText();
    UpdateUserReqDto rename = new UpdateUserReqDto();
    rename.setUserId(userId);
    rename.setUsername("renamed-" + userId.substring(0, 8));
    UserSingleRespDto readOnly = client(READ_KEY, READ_SECRET).updateUser(rename);
    assertEquals(403, readOnly.getStatusCode());
    assertEquals(6037, readOnly.getApiCode());
    assertEquals(
        user.username(),
        api.get("/api/v3/get-profile", user.token()).data().path("username").asText());

    api.get("/api/v3/get-user?userId=" + userId, user.token()).assertError(401, 6036);
    api.post("/api/v3/update-user", Map.of("userId", userId, "status", "Suspended"), user.token())
        .assertError(401, 6036);
    String management = managementToken(READ_KEY, READ_SECRET);
    api.get("/api/v3/get-profile", management).assertError(401, 6011);
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_BIND_PHONE", Api.randomMobile()), management)
        .assertOk(); // a management token is no user: the code is sent as for anyone signed out
  }

  @Test
  void aRevokedKeyAndItsTokensOpenNothing() {
    String writer = managementToken(WRITE_KEY, WRITE_SECRET);
    JsonNode key =
        api.post(
                "/api/v3/create-access-key",
                Map.of("name", "revoked-in-a-test", "scope", "read"),
                writer)
            .assertOk()
            .data();
    String keyId = key.path("accessKeyId").asText();
    String secret = key.path("accessKeySecret").asText();
    String token = managementToken(keyId, secret);
    api.get("/api/v3/list-number-rules", token).assertOk();

    api.post("/api/v3/revoke-access-key", Map.of("accessKeyId", keyId), writer).assertOk();
    api.get("/api/v3/list-number-rules", token).assertError(401, 6035);
    api.post(
            "/api/v3/get-management-token",
            Map.of("accessKeyId", keyId, "accessKeySecret", secret),
            null)
        .assertError(401, 6035);
  }

  @Test
  void sendSmsRespectsTheBlockListAndTheSafeList() {
    String writer = managementToken(WRITE_KEY, WRITE_SECRET);
    String range = "+86170" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    String blocked = range.substring(3) + "1234";
    api.post(
            "/api/v3/put-number-rule",
            Map.of("number", range, "list", "BLOCK", "reason", "pumped range"),
            writer)
        .assertOk();
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_LOGIN", blocked), null).assertError(403, 6038);
    assertTrue(
        api.get("/api/v3/list-number-rules", writer)
            .data()
            .path("list")
            .toString()
            .contains(range));

    String american = "201555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    Map<String, String> toAmerica =
        Map.of("channel", "CHANNEL_LOGIN", "phoneNumber", american, "phoneCountryCode", "+1");
    api.post("/api/v3/send-sms", toAmerica, null).assertError(403, 6022);
    api.post(
            "/api/v3/put-number-rule",
            Map.of("number", "+1 " + american, "list", "SAFE", "reason", "a partner's test phone"),
            writer)
        .assertOk();
    api.post("/api/v3/send-sms", toAmerica, null).assertOk();

    JsonNode messages =
        api.get(
                "/api/v3/list-sms-messages?phoneNumber=" + american + "&phoneCountryCode=%2B1",
                writer)
            .assertOk()
            .data()
            .path("list");
    assertEquals(1, messages.size());
    assertEquals("CHANNEL_LOGIN", messages.get(0).path("purpose").asText());
    assertTrue(messages.get(0).path("to").asText().contains("*"), "masked");
    assertTrue(messages.get(0).path("text").isMissingNode(), "never the text");

    for (String number : List.of(range, "+1" + american)) {
      api.post(
              "/api/v3/remove-number-rule", Map.of("number", number, "reason", "test over"), writer)
          .assertOk();
    }
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_LOGIN", blocked), null).assertOk();
  }

  @Test
  void noManagementTokenReachesTheServerLog() throws IOException {
    String token = managementToken(WRITE_KEY, WRITE_SECRET);
    api.get("/api/v3/get-user?userId=nobody", token).assertError(404, 2004);
    api.post("/api/v3/update-user", "{\"userId\": 1, \"status\": [", token, Map.of());
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    assertFalse(logged.contains(token.substring(token.lastIndexOf('.'))), "a token in the log");
    assertFalse(logged.contains(WRITE_SECRET));
  }
}
