package io.phonebinding.web.page;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.UserProfile;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.session.Authenticated;
import io.phonebinding.session.SignInSessions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Who is signed in to the page: an access token of the service in an HttpOnly cookie ({@link
 * PageCookies#SIGN_IN}), checked like any other token on every request, so any server can answer
 * and the sign-in ends when the user's tokens are revoked.
 */
@Named
@RequestScoped
public class SignedIn {

  @Inject AccountService accounts;

  @Inject SignInSessions sessions;

  @Inject PageCookies cookies;

  @Inject HttpServletRequest request;

  private String accessToken;
  private Authenticated caller;
  private UserProfile profile;

  @PostConstruct
  void readCookie() {
    accessToken = cookies.read(request, PageCookies.SIGN_IN).orElse(null);
  }

  /** Signs the browser in with a token the user was just issued. */
  public void start(String issuedAccessToken) {
    accessToken = issuedAccessToken;
    caller = null;
    profile = null;
    cookies.put(request, response(), PageCookies.SIGN_IN, issuedAccessToken, -1);
  }

  /** Signs out everywhere: every token of the user ends, not only this page's. */
  public String signOut() {
    if (isSignedIn()) {
      sessions.endAll(userId());
    }
    accessToken = null;
    caller = null;
    cookies.remove(request, response(), PageCookies.SIGN_IN);
    return "index?faces-redirect=true";
  }

  public boolean isSignedIn() {
    return signedInCaller().isPresent();
  }

  /** The user and sign-in session of the page's token, checked once per request. */
  Optional<Authenticated> signedInCaller() {
    if (caller == null && accessToken != null) {
      try {
        caller = sessions.authenticate(accessToken);
      } catch (BusinessException expiredOrRevoked) {
        accessToken = null;
      }
    }
    return Optional.ofNullable(caller);
  }

  /**
   * The signed-in user's profile, read once per request: a page render asks for it (and for the
   * sign-in) a dozen times. A change drops the copy ({@link #profileChanged}).
   */
  public UserProfile getProfile() {
    if (profile == null) {
      profile = accounts.profile(userId());
    }
    return profile;
  }

  /** After a form changed the user: the profile is read again. */
  public void profileChanged() {
    profile = null;
  }

  public String userId() {
    return authenticated().userId();
  }

  /**
   * The signed-in user and session.
   *
   * @throws BusinessException with {@code NOT_SIGNED_IN} when nobody is
   */
  public Authenticated authenticated() {
    return signedInCaller().orElseThrow(() -> new AuthenticationException(ErrorKind.NOT_SIGNED_IN));
  }

  /**
   * The bound phone.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} when there is none
   */
  public PhoneNumber currentPhone() {
    PhoneNumber current = currentPhoneOrNull();
    if (current == null) {
      throw new PhoneBindingRuleException(ErrorKind.NO_PHONE_BOUND);
    }
    return current;
  }

  public PhoneNumber currentPhoneOrNull() {
    return getProfile().phone();
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        FacesContext.getCurrentInstance().getExternalContext().getResponse();
  }
}
