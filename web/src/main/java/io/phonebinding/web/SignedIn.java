package io.phonebinding.web;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.Authenticated;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.UserProfile;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;

/**
 * Who is signed in to the page in this browser session: an access token of the service, checked
 * like any other on every request, so it ends when the user's tokens are revoked.
 */
@Named
@SessionScoped
public class SignedIn implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PROFILE = SignedIn.class.getName() + ".profile";
  private static final String CALLER = SignedIn.class.getName() + ".caller";

  @Inject transient AccountService accounts;

  private String accessToken;

  /** Starts the signed-in session with a token the user was just issued. */
  void start(String issuedAccessToken) {
    accessToken = issuedAccessToken;
    // A session id someone planted before the sign-in must not become a signed-in one.
    ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .changeSessionId();
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
   * sign-in) a dozen times. A change drops the copy ({@link #profileChanged}).
   */
  public UserProfile getProfile() {
    String userId = userId();
    return (UserProfile) thisRequest().computeIfAbsent(PROFILE, key -> accounts.profile(userId));
  }

  /** After a form changed the user: the profile is read again. */
  void profileChanged() {
    thisRequest().remove(PROFILE);
  }

  /**
   * After the user's own phone change or unbind, which ended their earlier tokens: the page keeps
   * them signed in with a fresh one.
   */
  void renewAfterOwnChange() {
    accessToken = accounts.renewedAccessToken(userId());
    profileChanged();
  }

  String userId() {
    return authenticated().userId();
  }

  /** The user and the sign-in session of the page's token, checked once per request. */
  Authenticated authenticated() {
    return (Authenticated)
        thisRequest().computeIfAbsent(CALLER, key -> accounts.authenticate(accessToken));
  }

  /**
   * The bound phone.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} when there is none
   */
  PhoneNumber currentPhone() {
    PhoneNumber current = currentPhoneOrNull();
    if (current == null) {
      throw new PhoneBindingRuleException(ErrorKind.NO_PHONE_BOUND);
    }
    return current;
  }

  PhoneNumber currentPhoneOrNull() {
    String e164 = getProfile().phoneE164();
    return e164 == null ? null : PhoneNumber.ofStored(e164);
  }

  private static Map<Object, Object> thisRequest() {
    return FacesContext.getCurrentInstance().getAttributes();
  }
}
