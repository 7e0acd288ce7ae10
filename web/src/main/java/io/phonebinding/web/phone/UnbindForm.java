package io.phonebinding.web.phone;

import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.error.BusinessException;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unbind form: a code to the bound phone, then removing it. */
@Named
@RequestScoped
public class UnbindForm {

  @Inject PhoneBindingService binding;

  @Inject SignedIn signedIn;

  @Inject CurrentPhoneCode currentPhoneCode;

  @Inject PhoneForms forms;

  @Inject PageRequest page;

  private String passCode;

  public String sendCode() {
    currentPhoneCode.send("unbind:code");
    return null;
  }

  public String unbind() {
    try {
      binding.unbind(signedIn.authenticated(), passCode, page.origin());
      signedIn.profileChanged();
      forms.close();
      Feedback.info(null, "page.unbound");
    } catch (BusinessException refused) {
      Feedback.refused("unbind:code", refused);
    }
    return null;
  }

  public String getPassCode() {
    return passCode;
  }

  public void setPassCode(String passCode) {
    this.passCode = passCode;
  }
}
