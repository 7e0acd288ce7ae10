package io.phonebinding.web.signin;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.signin.SignIn;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Setting or changing the signed-in user's password: with the current one, or, for an account made
 * with a phone alone, a first one right after a code sign-in.
 */
@Named
@RequestScoped
public class PasswordForm {

  @Inject SignIn signIn;

  @Inject SignedIn signedIn;

  @Inject PageRequest page;

  private String oldPassword;
  private String newPassword;

  public String save() {
    try {
      signIn.changePassword(signedIn.authenticated(), oldPassword, newPassword, page.origin());
      signedIn.profileChanged();
      Feedback.info(null, "page.passwordSaved");
    } catch (InvalidInputException invalid) {
      Feedback.refused(
          invalid.input() == Input.OLD_PASSWORD ? "password:old" : "password:new", invalid);
    } catch (BusinessException refusal) {
      Feedback.refused(
          refusal.kind() == ErrorKind.CREDENTIALS_INVALID ? "password:old" : "password:new",
          refusal);
    } finally {
      oldPassword = null;
      newPassword = null;
    }
    return null;
  }

  public String getOldPassword() {
    return oldPassword;
  }

  public void setOldPassword(String oldPassword) {
    this.oldPassword = oldPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
