package io.phonebinding.web.phone;

import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.config.Settings;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What every form that proves a phone has: the country, the number, a send button counting down the
 * server's resend interval, and the code; its fields are {@code <form>:country}, {@code
 * <form>:phone} and {@code <form>:code}.
 */
public abstract class PhoneCodeFields {

  @Inject VerificationCodeService codes;

  @Inject protected PageRequest page;

  @Inject Settings settings;

  private String region;
  private String phoneNumber;
  private String passCode;

  @PostConstruct
  void startAtTheDefaultRegion() {
    region = settings.defaultRegion();
  }

  /** The form's id in the page. */
  protected abstract String form();

  /** The channel this form's codes are sent on. */
  protected abstract SmsChannel channel();

  /** The signed-in user asking for the code, if any: a code of theirs only they can spend. */
  protected Optional<String> requester() {
    return Optional.empty();
  }

  public String sendCode() {
    try {
      codes.send(phone(), channel(), page.origin(), requester());
      Feedback.info(form() + ":code", "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused(form() + ":phone", refused);
    }
    return null;
  }

  /** Shows a refusal next to the field it is about: the number, else the code. */
  protected void refused(BusinessException refusal) {
    boolean aboutTheNumber =
        refusal instanceof InvalidInputException invalid
            && (invalid.input() == Input.PHONE || invalid.input() == Input.PHONE_COUNTRY_CODE);
    Feedback.refused(form() + (aboutTheNumber ? ":phone" : ":code"), refusal);
  }

  /** Seconds before the code may be sent again, from the server's own limit. */
  public long getWait() {
    return CodeWait.of(codes, phoneNumber, region, channel());
  }

  protected PhoneNumber phone() {
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
