package io.phonebinding.web;

import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The bind form of a user without a phone: the number, a code sent to it, and binding. */
@Named
@RequestScoped
public class BindForm {

  @Inject VerificationCodeService codes;

  @Inject PhoneBindingService binding;

  @Inject SignedIn signedIn;

  @Inject PageRequest page;

  @Inject Settings settings;

  private String region;
  private String phoneNumber;
  private String passCode;

  @PostConstruct
  void startAtTheDefaultRegion() {
    region = settings.defaultRegion();
  }

  public String sendCode() {
    try {
      codes.send(
          phone(), SmsChannel.CHANNEL_BIND_PHONE, page.origin(), Optional.of(signedIn.userId()));
      Feedback.info("bind:code", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused("bind:phone", refused);
    }
    return null;
  }

  public String bind() {
    try {
      binding.bind(signedIn.userId(), phone(), passCode, page.origin());
      signedIn.profileChanged();
      Feedback.info(null, "page.bound");
    } catch (InvalidInputException invalid) {
      Feedback.refused(invalid.input() == Input.CODE ? "bind:code" : "bind:phone", invalid);
    } catch (BusinessException refused) {
      Feedback.refused("bind:code", refused);
    }
    return null;
  }

  /** Seconds before the code may be sent again, from the server's own limit. */
  public long getWait() {
    return CodeWait.of(codes, phoneNumber, region, SmsChannel.CHANNEL_BIND_PHONE);
  }

  private PhoneNumber phone() {
    return PhoneNumber.parse(phoneNumber, null, region);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPhoneNumber() {
    return phoneNumber;
  }

  public void setPhoneNumber(String phoneNumber) {
    this.phoneNumber = phoneNumber;
  }

  public String getPassCode() {
    return passCode;
  }

  public void setPassCode(String passCode) {
    this.passCode = passCode;
  }
}
