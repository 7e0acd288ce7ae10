package io.phonebinding.api.management;

import io.phonebinding.abuse.NumberList;
import io.phonebinding.abuse.NumberPrefix;
import io.phonebinding.abuse.RangeGuard;
import io.phonebinding.api.audit.HistoryPage;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.api.envelope.Success;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.claim.ClaimState;
import io.phonebinding.claim.PhoneClaims;
import io.phonebinding.config.Settings;
import io.phonebinding.error.Input;
import io.phonebinding.operator.AccessKeyScope;
import io.phonebinding.operator.AccessKeys;
import io.phonebinding.operator.NumberListAdministration;
import io.phonebinding.operator.UserAdministration;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.sms.OutboxStore;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator's desk beyond Authing's API, in its style: a user's phone history, the messages sent
 * to a number, the block list and safe list of numbers, claims on recycled numbers, and access
 * keys.
 */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Operator desk",
    description = "This service's own management calls (not Authing's), with a management token")
public class OperatorDeskResource {

  private static final String TOKEN_ERRORS =
      " 6036 no management token, 6035 key revoked (401); 6039 too many calls with the key (429).";

  @Inject SignedInOperator signedIn;

  @Inject UserAdministration users;

  @Inject AuditTrail audit;

  @Inject OutboxStore outbox;

  @Inject NumberListAdministration numberLists;

  @Inject RangeGuard ranges;

  @Inject AccessKeys accessKeys;

  @Inject PhoneClaims claims;

  @Inject Settings settings;

  @Inject CallContext call;

  @GET
  @Path("get-user-phone-history")
  @Operation(
      operationId = "getUserPhoneHistory",
      summary = "A user's phone history, with what operators did and why",
      description =
          "This service's own. Every bind, change and unbind of the user and every refused"
              + " attempt, sign-ins, and each operator's act with the access key's name (actor) and"
              + " reason; newest first. Errors: 2004 no such user (404); 6002 missing userId, 6003"
              + " bad limit (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @SecurityRequirement(name = "management")
  public Envelope phoneHistory(
      @BeanParam UserReference reference,
      @Parameter(description = "1 to 100", example = "20") @QueryParam("limit") String limit) {
    signedIn.operator();
    var user = reference.find(users, settings.defaultRegion(), call);
    int count = OperatorInput.number(limit, 20, 1, AuditTrail.MAX_HISTORY, "limit");
    return call.success(HistoryPage.forOperator(audit.historyOf(user.userId(), count)));
  }

  @GET
  @Path("list-sms-messages")
  @Operation(
      operationId = "listSmsMessages",
      summary = "The messages sent to a number, newest first",
      description =
          "This service's own. Purpose, state, attempts, provider and times of each message, the"
              + " number masked and never the text. Errors: 6002 missing phoneNumber, 6004 bad"
              + " number, 6003 bad limit (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = SmsMessagePage.class)))
  @SecurityRequirement(name = "management")
  public Envelope smsMessages(
      @Parameter(description = "Without country code", example = "18888888888")
          @QueryParam("phoneNumber")
          String phoneNumber,
      @Parameter(description = "Optional; +86 when absent", example = "+86")
          @QueryParam("phoneCountryCode")
          String phoneCountryCode,
      @Parameter(description = "1 to 100", example = "20") @QueryParam("limit") String limit) {
    signedIn.operator();
    PhoneNumber phone = PhoneNumber.parse(phoneNumber, phoneCountryCode, settings.defaultRegion());
    int count = OperatorInput.number(limit, 20, 1, 100, "limit");
    return call.success(SmsMessagePage.of(outbox.deliveriesTo(phone, count)));
  }

  @GET
  @Path("list-number-rules")
  @Operation(
      operationId = "listNumberRules",
      summary = "The block list and the safe list of numbers and ranges",
      description = "This service's own. Errors:" + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = NumberRuleList.class)))
  @SecurityRequirement(name = "management")
  public Envelope numberRules() {
    signedIn.operator();
    return call.success(NumberRuleList.of(numberLists.all()));
  }

  @GET
  @Path("list-blocked-ranges")
  @Operation(
      operationId = "listBlockedRanges",
      summary = "The blocks of numbers blocked now as pumped",
      description =
          "This service's own. A block of 1,000 numbers that got many codes this clock hour and"
              + " the last and used few is blocked for a while (send-sms answers 6049); putting its"
              + " prefix on the safe list exempts it. Errors:"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = BlockedRangeList.class)))
  @SecurityRequirement(name = "management")
  public Envelope blockedRanges() {
    signedIn.operator();
    return call.success(BlockedRangeList.of(ranges.blockedNow()));
  }

  @POST
  @Path("put-number-rule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putNumberRule",
      summary = "Put a number or range on the block list or the safe list",
      description =
          "This service's own, with a write key. A number falls under the longest prefix listed"
              + " for it: send-sms refuses one on the block list and lets one on the safe"
              + " list past the country allow-list and the rules on pumped ranges. Audited with the key and the reason. Errors:"
              + " 6037 read-only key (403); 6002 missing number or reason, 6003 bad number or list"
              + " (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = NumberRuleView.class)))
  @SecurityRequirement(name = "management")
  public Envelope putNumberRule(NumberRuleRequest request, @BeanParam ReasonHeader reasonHeader) {
    var operator = signedIn.writer();
    MissingBodyException.require(request);
    NumberPrefix prefix = NumberPrefix.parse(request.number(), Input.NUMBER_RANGE);
    NumberList list = listNamed(request.list());
    String reason = reasonHeader.requiredOr(request.reason());
    return call.success(
        NumberRuleView.of(numberLists.put(operator, prefix, list, reason, call.origin())));
  }

  @POST
  @Path("remove-number-rule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "removeNumberRule",
      summary = "Take a number or range off its list",
      description =
          "This service's own, with a write key; data.success is false when it was on no list."
              + " Audited with the key and the reason. Errors: 6037 read-only key (403); 6002"
              + " missing number or reason, 6003 bad number (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = Success.class)))
  @SecurityRequirement(name = "management")
  public Envelope removeNumberRule(
      NumberRuleRequest request, @BeanParam ReasonHeader reasonHeader) {
    var operator = signedIn.writer();
    MissingBodyException.require(request);
    NumberPrefix prefix = NumberPrefix.parse(request.number(), Input.NUMBER_RANGE);
    String reason = reasonHeader.requiredOr(request.reason());
    return call.success(new Success(numberLists.remove(operator, prefix, reason, call.origin())));
  }

  @POST
  @Path("create-access-key")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccessKey",
      summary = "Make an access key; its secret is shown in this answer only",
      description =
          "This service's own, with a write key. Errors: 6037 read-only key (403); 6002 missing"
              + " name or scope, 6003 bad name or scope (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = NewAccessKeyView.class)))
  @SecurityRequirement(name = "management")
  public Envelope createAccessKey(CreateAccessKeyRequest request) {
    var operator = signedIn.writer();
    MissingBodyException.require(request);
    if (request.name() == null || request.name().isBlank()) {
      throw RequestFieldException.required("name");
    }
    return call.success(
        NewAccessKeyView.of(
            accessKeys.create(operator, request.name(), scopeNamed(request.scope()))));
  }

  @POST
  @Path("revoke-access-key")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "revokeAccessKey",
      summary = "Revoke an access key, and every management token issued to it",
      description =
          "This service's own, with a write key; at once on every server. data.success is false"
              + " for a key unknown or revoked already. A key the setting lists stays revoked."
              + " Errors: 6037 read-only key (403); 6002 missing accessKeyId (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = Success.class)))
  @SecurityRequirement(name = "management")
  public Envelope revokeAccessKey(RevokeAccessKeyRequest request) {
    signedIn.writer();
    MissingBodyException.require(request);
    if (request.accessKeyId() == null || request.accessKeyId().isBlank()) {
      throw RequestFieldException.required("accessKeyId");
    }
    return call.success(new Success(accessKeys.revoke(request.accessKeyId().strip())));
  }

  @GET
  @Path("list-phone-claims")
  @Operation(
      operationId = "listPhoneClaims",
      summary = "Claims on recycled numbers in one state, newest first",
      description =
          "This service's own. DISPUTED (the holder kept the number through the link) by default:"
              + " those wait for an operator. Errors: 6003 bad state or limit (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ClaimList.class)))
  @SecurityRequirement(name = "management")
  public Envelope phoneClaims(
      @Parameter(
              description = "PENDING, DISPUTED, COMPLETED, CANCELLED or REFUSED",
              example = "DISPUTED")
          @QueryParam("state")
          String state,
      @Parameter(description = "1 to 100", example = "20") @QueryParam("limit") String limit) {
    signedIn.operator();
    int count = OperatorInput.number(limit, 20, 1, 100, "limit");
    return call.success(ClaimList.of(claims.inState(claimStateNamed(state), count)));
  }

  @POST
  @Path("decide-phone-claim")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decidePhoneClaim",
      summary = "Decide a claim on a recycled number",
      description =
          "This service's own, with a write key: MOVE gives the number to the claimant now (the"
              + " holder's sessions end), KEEP leaves it with its holder, who may sign in with it"
              + " again. Audited on both accounts with the key and the reason. Errors: 6404 no open"
              + " claim with that id (404); 6037 read-only key (403); 6002 missing claimId, decision"
              + " or reason, 6003 bad decision (400);"
              + TOKEN_ERRORS)
  @APIResponse(
      responseCode = "200",
      description = "Authing's envelope; data on success",
      content = @Content(schema = @Schema(implementation = ClaimList.OperatorClaimView.class)))
  @SecurityRequirement(name = "management")
  public Envelope decidePhoneClaim(
      DecideClaimRequest request, @BeanParam ReasonHeader reasonHeader) {
    var operator = signedIn.writer();
    MissingBodyException.require(request);
    if (request.claimId() == null) {
      throw RequestFieldException.required("claimId");
    }
    boolean move = decisionNamed(request.decision());
    String reason = reasonHeader.requiredOr(request.reason());
    return call.success(
        ClaimList.OperatorClaimView.of(
            claims.decide(request.claimId(), move, operator.name(), reason, call.origin())));
  }

  private static ClaimState claimStateNamed(String name) {
    if (name == null || name.isBlank()) {
      return ClaimState.DISPUTED;
    }
    try {
      return ClaimState.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw RequestFieldException.invalid("state");
    }
  }

  /** Whether the decision moves the number. */
  private static boolean decisionNamed(String name) {
    if (name == null || name.isBlank()) {
      throw RequestFieldException.required("decision");
    }
    return switch (name.strip().toUpperCase(Locale.ROOT)) {
      case "MOVE" -> true;
      case "KEEP" -> false;
      default -> throw RequestFieldException.invalid("decision");
    };
  }

  private static AccessKeyScope scopeNamed(String name) {
    if (name == null || name.isBlank()) {
      throw RequestFieldException.required("scope");
    }
    return AccessKeyScope.ofWireName(name.strip())
        .orElseThrow(() -> RequestFieldException.invalid("scope"));
  }

  private static NumberList listNamed(String name) {
    if (name == null || name.isBlank()) {
      throw RequestFieldException.required("list");
    }
    try {
      return NumberList.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw RequestFieldException.invalid("list");
    }
  }
}
