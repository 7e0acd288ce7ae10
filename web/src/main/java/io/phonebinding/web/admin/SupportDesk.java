package io.phonebinding.web.admin;

import io.phonebinding.abuse.NumberList;
import io.phonebinding.abuse.NumberPrefix;
import io.phonebinding.account.AccountStatus;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.UserProfile;
import io.phonebinding.audit.AuditEntry;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.operator.NumberListAdministration;
import io.phonebinding.operator.Operator;
import io.phonebinding.operator.UserAdministration;
import io.phonebinding.operator.UserAdministration.UserIdType;
import io.phonebinding.operator.UserChanges;
import io.phonebinding.sms.OutboxStore;
import io.phonebinding.sms.SmsDelivery;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The support page: find a user by phone, e-mail or username; see the profile, the phone history
 * and the last messages to the number; free the number, suspend or activate the user, block the
 * number, each with a reason the audit trail keeps.
 */
@Named
@RequestScoped
public class SupportDesk {

  private static final String REASON_FIELD = "act:reason";
  private static final int HISTORY = 20;
  private static final int MESSAGES = 10;
  private static final Pattern PHONE_SHAPED = Pattern.compile("\\+?[0-9 ()-]{5,}");

  @Inject OperatorSignedIn signedIn;

  @Inject UserAdministration users;

  @Inject NumberListAdministration numberLists;

  @Inject AuditTrail audit;

  @Inject OutboxStore outbox;

  @Inject Settings settings;

  @Inject PageRequest page;

  @Inject HttpServletRequest request;

  private String query;
  private String userId;
  private String reason;
  private Optional<UserProfile> profile;

  /**
   * The user shown comes with the request, as the link's {@code user} or, posted, the forms' field
   * of that name: the forms on the user are rendered (and so decoded) only once it is known.
   */
  @PostConstruct
  void readShownUser() {
    userId = request.getParameter("user");
  }

  /** Finds the user the query names and shows them (a link of their own). */
  public String find() {
    Operator operator = operator();
    if (operator == null) {
      return null;
    }
    String value = query == null ? "" : query.strip();
    UserIdType type =
        value.contains("@")
            ? UserIdType.EMAIL
            : PHONE_SHAPED.matcher(value).matches() ? UserIdType.PHONE : UserIdType.USERNAME;
    try {
      Optional<UserProfile> found = users.find(type, value, settings.defaultRegion());
      if (found.isEmpty()) {
        Feedback.error("find:query", "admin.notFound");
        return null;
      }
      return "/admin/index?faces-redirect=true&user="
          + URLEncoder.encode(found.get().userId(), StandardCharsets.UTF_8);
    } catch (BusinessException refused) {
      Feedback.refused("find:query", refused);
      return null;
    }
  }

  public String freeNumber() {
    return act(
        "admin.freed",
        (operator, why) ->
            users.update(operator, userId, UserChanges.freeingPhone(), why, page.origin()));
  }

  public String suspend() {
    return act(
        "admin.suspended",
        (operator, why) ->
            users.update(
                operator,
                userId,
                UserChanges.toStatus(AccountStatus.SUSPENDED),
                why,
                page.origin()));
  }

  public String activate() {
    return act(
        "admin.activated",
        (operator, why) ->
            users.update(
                operator,
                userId,
                UserChanges.toStatus(AccountStatus.ACTIVATED),
                why,
                page.origin()));
  }

  public String blockNumber() {
    return act(
        "admin.blocked",
        (operator, why) ->
            numberLists.put(
                operator,
                new NumberPrefix(getProfile().phone().e164()),
                NumberList.BLOCK,
                why,
                page.origin()));
  }

  /** One of the page's acts on the shown user, with the reason its form gave. */
  private String act(String done, Act act) {
    Operator operator = operator();
    if (operator == null || getProfile() == null) {
      return null;
    }
    try {
      if (reason == null || reason.isBlank()) {
        throw InvalidInputException.required(Input.REASON);
      }
      act.run(operator, reason.strip());
      profile = null;
      reason = null;
      Feedback.info(null, done);
    } catch (BusinessException refused) {
      Feedback.refused(REASON_FIELD, refused);
    }
    return null;
  }

  private Operator operator() {
    Optional<Operator> operator = signedIn.operator();
    if (operator.isEmpty()) {
      Feedback.refused(null, new AuthenticationException(ErrorKind.NOT_SIGNED_IN));
    }
    return operator.orElse(null);
  }

  /** The user shown, or null: nothing is read without an operator signed in. */
  public UserProfile getProfile() {
    if (profile == null) {
      profile =
          userId == null || userId.isBlank() || signedIn.operator().isEmpty()
              ? Optional.empty()
              : users.find(UserIdType.USER_ID, userId, settings.defaultRegion());
    }
    return profile.orElse(null);
  }

  public List<AuditEntry> getHistory() {
    UserProfile user = getProfile();
    return user == null ? List.of() : audit.historyOf(user.userId(), HISTORY);
  }

  public List<SmsDelivery> getMessages() {
    UserProfile user = getProfile();
    return user == null || user.phone() == null
        ? List.of()
        : outbox.deliveriesTo(user.phone(), MESSAGES);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getUser() {
    return userId;
  }

  public void setUser(String userId) {
    this.userId = userId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @FunctionalInterface
  private interface Act {
    void run(Operator operator, String reason);
  }
}
