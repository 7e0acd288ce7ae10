package io.phonebinding.web.signin;

import io.phonebinding.account.AccountService;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The sign-up form: creates the account with the same rules as the API, then signs in. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject AccountService accounts;

  @Inject SignInForm signIn;

  @Inject PageRequest page;

  private String username;
  private String email;
  private String password;

  public String signUp() {
    try {
      accounts.signUp(username, email, password, page.origin());
    } catch (InvalidInputException invalid) {
      Feedback.refused("signup:" + fieldOf(invalid.input()), invalid);
      return null;
    } catch (BusinessException refused) {
      Feedback.refused(
          refused.kind() == ErrorKind.ACCOUNT_EXISTS ? "signup:email" : "signup:username", refused);
      return null;
    }
    return signIn.signInAs(username, password);
  }

  private static String fieldOf(Input input) {
    return switch (input) {
      case EMAIL -> "email";
      case PASSWORD -> "password";
      default -> "username";
    };
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
