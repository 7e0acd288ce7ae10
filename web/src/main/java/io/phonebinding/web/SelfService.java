package io.phonebinding.web;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.SignInIdentifier;
import io.phonebinding.account.UserProfile;
import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.binding.PhoneChangeToken;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.ClientAddress;
import io.phonebinding.request.RequestOrigin;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The self-service page of one browser session: who is signed in, and the bind, change and unbind
 * forms. Every rule is the domain's, through the same services as the REST API; refusals become
 * messages next to the field they concern.
 */
@Named
@SessionScoped
public class SelfService implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PROFILE = SelfService.class.getName() + ".profile";
  private static final String USER_ID = SelfService.class.getName() + ".userId";

  /** Which of the phone forms is open. */
  public enum Mode {
    NONE,
    CHANGE,
    UNBIND
  }

  @Inject transient AccountService accounts;
  @Inject transient VerificationCodeService codes;
  @Inject transient PhoneBindingService binding;
  @Inject transient Settings settings;

  private String accessToken;
  private Mode mode = Mode.NONE;

  private String account;
  private String password;

  private String region;
  private String phoneNumber;
  private String passCode;

  private String oldPassCode;
  private String newRegion;
  private String newPhoneNumber;
  private String newPassCode;

  private String unbindPassCode;

  @PostConstruct
  void startAtTheDefaultRegion() {
    region = settings.defaultRegion();
    newRegion = region;
  }

  // Sign-in

  public String signIn() {
    try {
      accessToken =
          accounts
              .signIn(
                  SignInIdentifier.account(account, settings.defaultRegion()), password, origin())
              .accessToken();
      // A session id someone planted before the sign-in must not become a signed-in one.
      ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
          .changeSessionId();
      return "index?faces-redirect=true";
    } catch (BusinessException refused) {
      Feedback.refused("signin:password", refused);
      return null;
    } finally {
      password = null;
    }
  }

  /** Called by the sign-up page once the account exists. */
  void signedUp(String username, String newPassword) {
    account = username;
    password = newPassword;
  }

  /** Signs out everywhere: every token of the user ends, not only this page's. */
  public String signOut() {
    if (isSignedIn()) {
      accounts.signOut(userId());
    }
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "index?faces-redirect=true";
  }

  public boolean isSignedIn() {
    if (accessToken == null) {
      return false;
    }
    try {
      userId();
      return true;
    } catch (BusinessException expired) {
      accessToken = null;
      return false;
    }
  }

  /**
   * The signed-in user's profile, read once per request: a page render asks for it (and for the
   * sign-in) a dozen times. Actions that change it drop the copy ({@link #clearForms}).
   */
  public UserProfile getProfile() {
    String userId = userId();
    return (UserProfile) thisRequest().computeIfAbsent(PROFILE, key -> accounts.profile(userId));
  }

  // Bind

  public String sendBindCode() {
    try {
      codes.send(bindPhone(), SmsChannel.CHANNEL_BIND_PHONE, origin(), Optional.of(userId()));
      Feedback.info("bind:code", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("bind:phone", refused);
    }
    return null;
  }

  public String bind() {
    try {
      binding.bind(userId(), bindPhone(), passCode, origin());
      clearForms();
      Feedback.info(null, "page.bound");
      return null;
    } catch (InvalidInputException invalid) {
      Feedback.refused(invalid.input() == Input.CODE ? "bind:code" : "bind:phone", invalid);
    } catch (BusinessException refused) {
      Feedback.refused("bind:code", refused);
    }
    return null;
  }

  /** Seconds before the bind code may be sent again, from the server's own limit. */
  public long getBindWait() {
    return waitFor(parsedOrNull(phoneNumber, region), SmsChannel.CHANNEL_BIND_PHONE);
  }

  // Change

  public String startChange() {
    clearForms();
    mode = Mode.CHANGE;
    return null;
  }

  public String sendOldCode() {
    try {
      codes.send(currentPhone(), SmsChannel.CHANNEL_UNBIND_PHONE, origin(), Optional.of(userId()));
      Feedback.info("change:oldCode", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("change:oldCode", refused);
    }
    return null;
  }

  public String sendNewCode() {
    try {
      PhoneNumber target = PhoneNumber.parse(newPhoneNumber, null, newRegion, Input.NEW_PHONE);
      codes.send(target, SmsChannel.CHANNEL_BIND_PHONE, origin(), Optional.of(userId()));
      Feedback.info("change:newCode", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("change:newPhone", refused);
    }
    return null;
  }

  public String change() {
    try {
      PhoneNumber target = PhoneNumber.parse(newPhoneNumber, null, newRegion, Input.NEW_PHONE);
      PhoneChangeToken token =
          binding.verifyChange(
              userId(), currentPhone(), oldPassCode, target, newPassCode, origin());
      binding.change(userId(), token.token(), origin());
      accessToken = accounts.renewedAccessToken(userId());
      clearForms();
      Feedback.info(null, "page.changed");
    } catch (InvalidInputException invalid) {
      Feedback.refused(changeField(invalid.input()), invalid);
    } catch (BusinessException refused) {
      Feedback.refused("change:newCode", refused);
    }
    return null;
  }

  public long getOldWait() {
    return isSignedIn() ? waitFor(currentPhoneOrNull(), SmsChannel.CHANNEL_UNBIND_PHONE) : 0;
  }

  public long getNewWait() {
    return waitFor(parsedOrNull(newPhoneNumber, newRegion), SmsChannel.CHANNEL_BIND_PHONE);
  }

  // Unbind

  public String startUnbind() {
    clearForms();
    mode = Mode.UNBIND;
    return null;
  }

  public String sendUnbindCode() {
    try {
      codes.send(currentPhone(), SmsChannel.CHANNEL_UNBIND_PHONE, origin(), Optional.of(userId()));
      Feedback.info("unbind:code", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("unbind:code", refused);
    }
    return null;
  }

  public String unbind() {
    try {
      binding.unbind(userId(), unbindPassCode, origin());
      accessToken = accounts.renewedAccessToken(userId());
      clearForms();
      Feedback.info(null, "page.unbound");
    } catch (BusinessException refused) {
      Feedback.refused("unbind:code", refused);
    }
    return null;
  }

  public String cancel() {
    clearForms();
    return null;
  }

  // Helpers

  private String userId() {
    return (String)
        thisRequest().computeIfAbsent(USER_ID, key -> accounts.authenticate(accessToken));
  }

  private static Map<Object, Object> thisRequest() {
    return FacesContext.getCurrentInstance().getAttributes();
  }

  private PhoneNumber bindPhone() {
    return PhoneNumber.parse(phoneNumber, null, region);
  }

  private PhoneNumber currentPhone() {
    PhoneNumber current = currentPhoneOrNull();
    if (current == null) {
      throw new PhoneBindingRuleException(ErrorKind.NO_PHONE_BOUND);
    }
    return current;
  }

  private PhoneNumber currentPhoneOrNull() {
    String e164 = getProfile().phoneE164();
    return e164 == null ? null : PhoneNumber.ofE164(e164);
  }

  private static PhoneNumber parsedOrNull(String number, String inRegion) {
    try {
      return number == null || number.isBlank() ? null : PhoneNumber.parse(number, null, inRegion);
    } catch (InvalidInputException notYetAValidNumber) {
      return null;
    }
  }

  private long waitFor(PhoneNumber phone, SmsChannel channel) {
    return phone == null ? 0 : codes.secondsUntilResend(phone, channel);
  }

  private static String changeField(Input input) {
    return switch (input) {
      case OLD_PHONE_CODE -> "change:oldCode";
      case NEW_PHONE_CODE -> "change:newCode";
      default -> "change:newPhone";
    };
  }

  private void clearForms() {
    thisRequest().remove(PROFILE);
    mode = Mode.NONE;
    phoneNumber = null;
    passCode = null;
    oldPassCode = null;
    newPhoneNumber = null;
    newPassCode = null;
    unbindPassCode = null;
  }

  RequestOrigin origin() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String clientIp =
        ClientAddress.resolve(
            request.getRemoteAddr(),
            request.getHeader("X-Forwarded-For"),
            settings.trustedProxies());
    return new RequestOrigin(clientIp, request.getHeader("User-Agent"), Feedback.locale());
  }

  // Form fields

  public Mode getMode() {
    return mode;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPhoneNumber() {
    return phoneNumber;
  }

  public void setPhoneNumber(String phoneNumber) {
    this.phoneNumber = phoneNumber;
  }

  public String getPassCode() {
    return passCode;
  }

  public void setPassCode(String passCode) {
    this.passCode = passCode;
  }

  public String getOldPassCode() {
    return oldPassCode;
  }

  public void setOldPassCode(String oldPassCode) {
    this.oldPassCode = oldPassCode;
  }

  public String getNewRegion() {
    return newRegion;
  }

  public void setNewRegion(String newRegion) {
    this.newRegion = newRegion;
  }

  public String getNewPhoneNumber() {
    return newPhoneNumber;
  }

  public void setNewPhoneNumber(String newPhoneNumber) {
    this.newPhoneNumber = newPhoneNumber;
  }

  public String getNewPassCode() {
    return newPassCode;
  }

  public void setNewPassCode(String newPassCode) {
    this.newPassCode = newPassCode;
  }

  public String getUnbindPassCode() {
    return unbindPassCode;
  }

  public void setUnbindPassCode(String unbindPassCode) {
    this.unbindPassCode = unbindPassCode;
  }
}
