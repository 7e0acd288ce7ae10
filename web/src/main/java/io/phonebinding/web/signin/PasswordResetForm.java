package io.phonebinding.web.signin;

import io.phonebinding.error.BusinessException;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.reset.PasswordResets;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.phone.PhoneCodeFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Forgot password": a code to the account's phone, then the new password. */
@Named
@RequestScoped
public class PasswordResetForm extends PhoneCodeFields {

  @Inject PasswordResets resets;

  @Inject ResetProgress progress;

  private String newPassword;

  @Override
  protected String form() {
    return "reset";
  }

  @Override
  protected SmsChannel channel() {
    return SmsChannel.CHANNEL_RESET_PASSWORD;
  }

  public String verify() {
    try {
      progress.codeChecked(resets.verify(phone(), getPassCode(), page.origin()).token());
    } catch (BusinessException refusal) {
      refused(refusal);
    }
    return null;
  }

  public String reset() {
    try {
      resets.reset(progress.resetToken(), newPassword, page.origin());
    } catch (BusinessException refusal) {
      Feedback.refused("newpassword:password", refusal);
      return null;
    } finally {
      newPassword = null;
    }
    // Said by the page the redirect opens, which may be another server's: no flash, no session.
    return "index?faces-redirect=true&passwordReset=1";
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
