package io.phonebinding.web;

import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.BusinessException;
import io.phonebinding.phone.SmsChannel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The unbind form: a code to the bound phone, then removing it. */
@Named
@RequestScoped
public class UnbindForm {

  @Inject VerificationCodeService codes;

  @Inject PhoneBindingService binding;

  @Inject SignedIn signedIn;

  @Inject PhoneForms forms;

  @Inject PageRequest page;

  private String passCode;

  public String sendCode() {
    try {
      codes.send(
          signedIn.currentPhone(),
          SmsChannel.CHANNEL_UNBIND_PHONE,
          page.origin(),
          Optional.of(signedIn.userId()));
      Feedback.info("unbind:code", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("unbind:code", refused);
    }
    return null;
  }

  public String unbind() {
    try {
      binding.unbind(signedIn.userId(), passCode, page.origin());
      signedIn.renewAfterOwnChange();
      forms.close();
      Feedback.info(null, "page.unbound");
    } catch (BusinessException refused) {
      Feedback.refused("unbind:code", refused);
    }
    return null;
  }

  /** Seconds before another code may be sent to the bound phone. */
  public long getWait() {
    return signedIn.isSignedIn()
        ? CodeWait.of(codes, signedIn.currentPhoneOrNull(), SmsChannel.CHANNEL_UNBIND_PHONE)
        : 0;
  }

  public String getPassCode() {
    return passCode;
  }

  public void setPassCode(String passCode) {
    this.passCode = passCode;
  }
}
