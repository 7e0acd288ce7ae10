package io.phonebinding.web;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.UserProfile;
import io.phonebinding.audit.ClientAddress;
import io.phonebinding.audit.RequestOrigin;
import io.phonebinding.code.SmsChannel;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.i18n.Languages;
import io.phonebinding.i18n.Messages;
import io.phonebinding.phone.PhoneBindingService;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * The self-service page's state for one browser session: who is signed in and the bind form.
 * It calls the same domain services as the REST API; refusals become messages next to the field
 * they concern, in the page's language.
 */
@Named
@SessionScoped
public class SelfService implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient VerificationCodeService codes;
  @Inject transient PhoneBindingService binding;
  @Inject transient Settings settings;

  private String accessToken;
  private String account;
  private String password;
  private String countryCode = "+86";
  private String phoneNumber;
  private String passCode;
  private boolean codeSent;

  public String signIn() {
    try {
      accessToken = accounts.signIn(account, password, origin()).accessToken();
      password = null;
    } catch (BusinessException refused) {
      show("signin:password", refused);
    }
    return null;
  }

  public String signOut() {
    accessToken = null;
    codeSent = false;
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "index?faces-redirect=true";
  }

  public String sendCode() {
    try {
      PhoneNumber phone = PhoneNumber.parse(phoneNumber, countryCode, settings.defaultRegion());
      codes.send(
          phone,
          SmsChannel.CHANNEL_BIND_PHONE.name(),
          origin(),
          Optional.of(accounts.authenticate(accessToken)));
      codeSent = true;
      info("bind:code", "page.codeSent");
    } catch (BusinessException refused) {
      show("bind:phone", refused);
    }
    return null;
  }

  public String bind() {
    try {
      PhoneNumber phone = PhoneNumber.parse(phoneNumber, countryCode, settings.defaultRegion());
      binding.bind(accounts.authenticate(accessToken), phone, passCode, origin());
      passCode = null;
      codeSent = false;
      info(null, "page.bound");
    } catch (InvalidInputException invalid) {
      show("phoneNumber".equals(invalid.field()) ? "bind:phone" : "bind:code", invalid);
    } catch (BusinessException refused) {
      show("bind:code", refused);
    }
    return null;
  }

  public boolean isSignedIn() {
    if (accessToken == null) {
      return false;
    }
    try {
      accounts.authenticate(accessToken);
      return true;
    } catch (BusinessException expired) {
      accessToken = null;
      return false;
    }
  }

  public UserProfile getProfile() {
    return accounts.profile(accounts.authenticate(accessToken));
  }

  private void show(String clientId, BusinessException refused) {
    String text =
        Messages.format(locale(), refused.kind().messageKey(), refused.messageArguments());
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private void info(String clientId, String key) {
    String text = Messages.format(locale(), key);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  private static Locale locale() {
    return Languages.supported(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  private RequestOrigin origin() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String clientIp =
        ClientAddress.resolve(
            request.getRemoteAddr(),
            request.getHeader("X-Forwarded-For"),
            settings.trustedProxies());
    return new RequestOrigin(clientIp, request.getHeader("User-Agent"), locale());
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

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
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

  public boolean isCodeSent() {
    return codeSent;
  }
}
