package io.phonebinding.web.signin;

import io.phonebinding.error.BusinessException;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.signin.SignIn;
import io.phonebinding.web.page.SignedIn;
import io.phonebinding.web.phone.PhoneCodeFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Signing up with a phone alone: a code sent to it makes the account and signs it in. */
@Named
@RequestScoped
public class PhoneSignUpForm extends PhoneCodeFields {

  @Inject SignIn signIn;

  @Inject SignedIn signedIn;

  @Override
  protected String form() {
    return "phonesignup";
  }

  @Override
  protected SmsChannel channel() {
    return SmsChannel.CHANNEL_REGISTER;
  }

  public String signUp() {
    try {
      signedIn.start(
          signIn.signUpWithCodeAndSignIn(phone(), getPassCode(), page.origin()).accessToken());
      return "index?faces-redirect=true";
    } catch (BusinessException refusal) {
      refused(refusal);
      return null;
    }
  }
}
