package io.phonebinding.web.signin;

import io.phonebinding.account.SignInIdentifier;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.session.TokenRequest;
import io.phonebinding.signin.SignIn;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The sign-in form: an account (username, e-mail or phone) and a password. */
@Named
@RequestScoped
public class SignInForm {

  @Inject SignIn signIn;

  @Inject SignedIn signedIn;

  @Inject PageRequest page;

  @Inject Settings settings;

  private String account;
  private String password;

  public String signIn() {
    try {
      signedIn.start(
          signIn
              .withPassword(
                  SignInIdentifier.account(account, settings.defaultRegion()),
                  password,
                  TokenRequest.NONE,
                  page.origin())
              .accessToken());
      return "index?faces-redirect=true";
    } catch (BusinessException refused) {
      Feedback.refused("signin:password", refused);
      return null;
    } finally {
      password = null;
    }
  }

  /** Signs in an account the sign-up page just created. */
  String signInAs(String username, String newPassword) {
    account = username;
    password = newPassword;
    return signIn();
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
}
