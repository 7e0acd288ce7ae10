package io.phonebinding.web.signin;

import io.phonebinding.error.BusinessException;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.session.TokenRequest;
import io.phonebinding.signin.SignIn;
import io.phonebinding.web.page.SignedIn;
import io.phonebinding.web.phone.PhoneCodeFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Signing in with the phone and a code sent to it; an unknown phone is told to sign up. */
@Named
@RequestScoped
public class CodeSignInForm extends PhoneCodeFields {

  @Inject SignIn signIn;

  @Inject SignedIn signedIn;

  @Override
  protected String form() {
    return "codesignin";
  }

  @Override
  protected SmsChannel channel() {
    return SmsChannel.CHANNEL_LOGIN;
  }

  public String signIn() {
    try {
      signedIn.start(
          signIn
              .withCode(phone(), getPassCode(), false, TokenRequest.NONE, page.origin())
              .accessToken());
      return "index?faces-redirect=true";
    } catch (BusinessException refusal) {
      refused(refusal);
      return null;
    }
  }
}
