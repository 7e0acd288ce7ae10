package io.phonebinding.web.phone;

import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import io.phonebinding.web.page.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The change form: a code to the bound phone, the new number and a code to it; the change is made
 * in one step.
 */
@Named
@RequestScoped
public class ChangeForm {

  @Inject VerificationCodeService codes;

  @Inject PhoneBindingService binding;

  @Inject SignedIn signedIn;

  @Inject CurrentPhoneCode currentPhoneCode;

  @Inject PhoneForms forms;

  @Inject PageRequest page;

  @Inject Settings settings;

  private String oldPassCode;
  private String newRegion;
  private String newPhoneNumber;
  private String newPassCode;

  @PostConstruct
  void startAtTheDefaultRegion() {
    newRegion = settings.defaultRegion();
  }

  public String sendOldCode() {
    currentPhoneCode.send("change:oldCode");
    return null;
  }

  public String sendNewCode() {
    try {
      codes.send(
          newPhone(), SmsChannel.CHANNEL_BIND_PHONE, page.origin(), Optional.of(signedIn.userId()));
      Feedback.info("change:newCode", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("change:newPhone", refused);
    }
    return null;
  }

  public String change() {
    try {
      binding.changePhone(
          signedIn.authenticated(), oldPassCode, newPhone(), newPassCode, page.origin());
      signedIn.profileChanged();
      forms.close();
      Feedback.info(null, "page.changed");
    } catch (InvalidInputException invalid) {
      Feedback.refused(fieldOf(invalid.input()), invalid);
    } catch (BusinessException refused) {
      Feedback.refused("change:newCode", refused);
    }
    return null;
  }

  public long getNewWait() {
    return CodeWait.of(codes, newPhoneNumber, newRegion, SmsChannel.CHANNEL_BIND_PHONE);
  }

  private PhoneNumber newPhone() {
    return PhoneNumber.parse(newPhoneNumber, null, newRegion, Input.NEW_PHONE);
  }

  private static String fieldOf(Input input) {
    return switch (input) {
      case OLD_PHONE_CODE -> "change:oldCode";
      case NEW_PHONE_CODE -> "change:newCode";
      default -> "change:newPhone";
    };
  }

  public String getOldPassCode() {
    return oldPassCode;
  }

  public void setOldPassCode(String oldPassCode) {
    this.oldPassCode = oldPassCode;
  }

  public String getNewRegion() {
    return newRegion;
  }

  public void setNewRegion(String newRegion) {
    this.newRegion = newRegion;
  }

  public String getNewPhoneNumber() {
    return newPhoneNumber;
  }

  public void setNewPhoneNumber(String newPhoneNumber) {
    this.newPhoneNumber = newPhoneNumber;
  }

  public String getNewPassCode() {
    return newPassCode;
  }

  public void setNewPassCode(String newPassCode) {
    this.newPassCode = newPassCode;
  }
}
