package io.phonebinding.api.management;

import io.phonebinding.account.AccountStatus;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserSearch;
import io.phonebinding.api.account.ProfileView;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.api.envelope.Success;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.config.Settings;
import io.phonebinding.error.Input;
import io.phonebinding.operator.ManagementTokens;
import io.phonebinding.operator.UserAdministration;
import io.phonebinding.operator.UserChanges;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Authing's management API, the calls its {@code ManagementClient} makes for an operator's desk: a
 * management token for an access key, then users found, listed, changed and signed out, and their
 * sign-ins.
 */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Management")
public class ManagementResource {

  private static final String TOKEN_ERRORS =
      " 6036 no management token (a user's token is none), 6035 key revoked (401); 6039 too many"
          + " calls with the key (429).";

  @Inject ManagementTokens tokens;

  @Inject SignedInOperator signedIn;

  @Inject UserAdministration users;

  @Inject UserSearch search;

  @Inject AuditTrail audit;

  @Inject Settings settings;

  @Inject CallContext call;

  @POST
  @Path("get-management-token")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getManagementToken",
      summary = "A management token for an access key",
      description =
          "Authing's /api/v3/get-management-token. data.access_token is a JWT with the"
              + " scoped_userpool_id claim; it lasts data.expires_in seconds. Errors: 6035 unknown,"
              + " revoked or wrong key (401); 6023 too many wrong secrets for the key or the IP"
              + " (429); 6002 missing field (400).")
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ManagementToken.class)))
  public Envelope managementToken(ManagementTokenRequest request) {
    MissingBodyException.require(request);
    if (request.accessKeyId() == null || request.accessKeyId().isBlank()) {
      throw RequestFieldException.required("accessKeyId");
    }
    if (request.accessKeySecret() == null || request.accessKeySecret().isEmpty()) {
      throw RequestFieldException.required("accessKeySecret");
    }
    return call.success(
        ManagementToken.of(
            tokens.issue(request.accessKeyId(), request.accessKeySecret(), call.origin())));
  }

  @GET
  @Path("get-user")
  @Operation(
      operationId = "getUser",
      summary = "A user, by id, phone, e-mail or username",
      description =
          "Authing's /api/v3/get-user; data is the user as get-profile gives it. Errors: 2004 no"
              + " such user (404); 6002 missing userId, 6003 unknown userIdType, 6004 bad phone"
              + " (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  @SecurityRequirement(name = "management")
  public Envelope getUser(@BeanParam UserReference user) {
    signedIn.operator();
    return call.success(ProfileView.of(user.find(users, settings.defaultRegion(), call)));
  }

  @POST
  @Path("list-users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listUsers",
      summary = "Users whose username, e-mail or phone holds a keyword, a page at a time",
      description =
          "Authing's /api/v3/list-users: keywords, options.pagination {page, limit},"
              + " options.sort [{field, order}] (the first is used; createdAt desc by default)."
              + " data: {list, totalCount}. Errors: 6003 bad page, limit (1 to 100) or sort field"
              + " (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = UserList.class)))
  @SecurityRequirement(name = "management")
  public Envelope listUsers(ListUsersRequest request) {
    signedIn.operator();
    ListUsersRequest.Options options =
        request == null || request.options() == null
            ? new ListUsersRequest.Options(null, null)
            : request.options();
    ListUsersRequest.Pagination pagination =
        options.pagination() == null
            ? new ListUsersRequest.Pagination(null, null)
            : options.pagination();
    int page =
        OperatorInput.number(
            pagination.page(), 1, 1, Integer.MAX_VALUE / 100, "options.pagination.page");
    int limit = OperatorInput.number(pagination.limit(), 10, 1, 100, "options.pagination.limit");
    ListUsersRequest.Sorting sorting =
        options.sort() == null || options.sort().isEmpty()
            ? new ListUsersRequest.Sorting("createdAt", "desc")
            : options.sort().get(0);
    String field = sorting.field() == null ? "createdAt" : sorting.field();
    if (!UserSearch.sortsBy(field)) {
      throw RequestFieldException.invalid("options.sort.field");
    }
    String order = sorting.order() == null ? "desc" : sorting.order().toLowerCase(Locale.ROOT);
    if (!order.equals("asc") && !order.equals("desc")) {
      throw RequestFieldException.invalid("options.sort.order");
    }
    String keywords = request == null ? null : request.keywords();
    List<ProfileView> found =
        search.find(keywords, field, order.equals("desc"), page, limit).stream()
            .map(ProfileView::of)
            .toList();
    return call.success(new UserList(found, search.count(keywords)));
  }

  @POST
  @Path("update-user")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateUser",
      summary = "Change a user's phone, status, username or e-mail",
      description =
          "Authing's /api/v3/update-user, with a write key. phone gives the user a number (the"
              + " old one is told by SMS), \"\" frees it; either ends the user's sessions. status"
              + " Suspended ends them too and refuses sign-in until Activated. Each change"
              + " is audited with the key's name and the reason (body reason, or the"
              + " x-phonebind-reason header). Errors: 2035 another account has the number,"
              + " 2034 username taken, 2026 e-mail taken (409); 2004 no such user (404); 6037"
              + " read-only key (403); 6015 no number to free, 6003 bad status, 6004 bad phone,"
              + " 6014 bad username, 2003 bad e-mail, 6002 missing userId (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  @SecurityRequirement(name = "management")
  public Envelope updateUser(UpdateUserRequest request, @BeanParam ReasonHeader reasonHeader) {
    var operator = signedIn.writer();
    MissingBodyException.require(request);
    String userId = UserReference.required(request.userId());
    String reason = reasonHeader.or(request.reason());
    return call.success(
        ProfileView.of(users.update(operator, userId, changesOf(request), reason, call.origin())));
  }

  @POST
  @Path("kick-users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "kickUsers",
      summary = "End a user's sessions",
      description =
          "Authing's /api/v3/kick-users, with a write key: the user's sessions in appIds end, all"
              + " of them when appIds is empty. Audited with the key and the reason. Errors: 2004"
              + " no such user (404); 6037 read-only key (403); 6002 missing userId (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = Success.class)))
  @SecurityRequirement(name = "management")
  public Envelope kickUsers(KickUsersRequest request, @BeanParam ReasonHeader reasonHeader) {
    var operator = signedIn.writer();
    MissingBodyException.require(request);
    String userId = UserReference.required(request.userId());
    users.kick(
        operator,
        userId,
        request.appIds() == null ? List.of() : request.appIds(),
        reasonHeader.or(request.reason()),
        call.origin());
    return call.success(Success.YES);
  }

  @GET
  @Path("get-user-login-history")
  @Operation(
      operationId = "getUserLoginHistory",
      summary = "A user's sign-ins, newest first",
      description =
          "Authing's /api/v3/get-user-login-history: sign-ins by password or code, and code"
              + " sign-ups, between start and end (milliseconds since the epoch), from clientIp"
              + " if given. data: {list, totalCount}. Errors: 2004 no such user (404); 6003 bad"
              + " page, limit (1 to 100), start or end (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = LoginHistoryPage.class)))
  @SecurityRequirement(name = "management")
  public Envelope loginHistory(
      @BeanParam UserReference reference,
      @Parameter(example = "203.0.113.7") @QueryParam("clientIp") String clientIp,
      @Parameter(description = "Milliseconds since the epoch", example = "1764892800000")
          @QueryParam("start")
          String start,
      @Parameter(description = "Milliseconds since the epoch", example = "1764979200000")
          @QueryParam("end")
          String end,
      @Parameter(example = "1") @QueryParam("page") String page,
      @Parameter(example = "10") @QueryParam("limit") String limit) {
    signedIn.operator();
    UserProfile user = reference.find(users, settings.defaultRegion(), call);
    return call.success(
        LoginHistoryPage.of(
            audit.signInsOf(
                user.userId(),
                clientIp == null || clientIp.isBlank() ? null : clientIp.strip(),
                instant(start, Instant.EPOCH, "start"),
                instant(end, Instant.parse("9999-12-31T00:00:00Z"), "end"),
                OperatorInput.number(page, 1, 1, Integer.MAX_VALUE / 100, "page"),
                OperatorInput.number(limit, 10, 1, 100, "limit"))));
  }

  private static Instant instant(String millis, Instant fallback, String field) {
    if (millis == null || millis.isBlank()) {
      return fallback;
    }
    try {
      return Instant.ofEpochMilli(Long.parseLong(millis.strip()));
    } catch (NumberFormatException | DateTimeException notATime) {
      throw RequestFieldException.invalid(field);
    }
  }

  private UserChanges changesOf(UpdateUserRequest request) {
    call.carries(Input.PHONE, "phone");
    boolean freePhone = request.phone() != null && request.phone().isBlank();
    Optional<PhoneNumber> phone =
        request.phone() == null || freePhone
            ? Optional.empty()
            : Optional.of(
                PhoneNumber.parse(
                    request.phone(), request.phoneCountryCode(), settings.defaultRegion()));
    Optional<AccountStatus> status =
        request.status() == null
            ? Optional.empty()
            : Optional.of(
                AccountStatus.ofAuthingName(request.status())
                    .orElseThrow(() -> RequestFieldException.invalid("status")));
    return new UserChanges(
        phone,
        freePhone,
        Optional.ofNullable(request.phoneVerified()),
        status,
        Optional.ofNullable(request.username()),
        Optional.ofNullable(request.email()));
  }
}
