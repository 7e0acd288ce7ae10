package io.phonebinding.web.phone;

import io.phonebinding.binding.BindingSettings;
import io.phonebinding.binding.LostPhoneChanges;
import io.phonebinding.binding.PendingPhoneChange;
import io.phonebinding.email.EmailBinding;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.i18n.Messages;
import io.phonebinding.mail.EmailChannel;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;

/**
 * "I no longer have my old phone": the new number and its code, the password and, when the account
 * has a verified e-mail, a code sent to it. The change waits for its delay, shown before it is
 * asked for.
 */
@Named
@RequestScoped
public class LostPhoneForm extends PhoneCodeFields {

  @Inject LostPhoneChanges changes;

  @Inject EmailBinding email;

  @Inject BindingSettings bindingSettings;

  @Inject SignedIn signedIn;

  @Inject PhoneForms forms;

  @Inject NumberStatus numberStatus;

  private String password;
  private String emailPassCode;

  @Override
  protected String form() {
    return "lost";
  }

  @Override
  protected SmsChannel channel() {
    return SmsChannel.CHANNEL_BIND_PHONE;
  }

  @Override
  protected Optional<String> requester() {
    return Optional.of(signedIn.userId());
  }

  public String sendEmailCode() {
    try {
      email.sendCode(
          signedIn.userId(),
          signedIn.getProfile().email(),
          EmailChannel.CHANNEL_VERIFY_MFA,
          page.origin());
      Feedback.info("lost:emailCode", "page.emailCodeSent");
    } catch (BusinessException refused) {
      Feedback.refused("lost:emailCode", refused);
    }
    return null;
  }

  public String request() {
    try {
      PendingPhoneChange change =
          changes.request(
              signedIn.authenticated(),
              phone(),
              getPassCode(),
              password,
              emailPassCode,
              page.origin());
      signedIn.profileChanged();
      numberStatus.changed();
      forms.close();
      Feedback.info(
          null,
          "page.lostRequested",
          change.newPhone().masked(),
          Messages.time(change.effectiveAt()));
    } catch (InvalidInputException invalid) {
      Feedback.refused(fieldOf(invalid), invalid);
    } catch (BusinessException refused) {
      boolean aboutThePassword =
          refused.kind() == ErrorKind.CREDENTIALS_INVALID
              || refused.kind() == ErrorKind.SIGNIN_TOO_MANY_FAILURES;
      Feedback.refused(aboutThePassword ? "lost:password" : "lost:code", refused);
    }
    return null;
  }

  private static String fieldOf(InvalidInputException invalid) {
    return switch (invalid.input()) {
      case PASSWORD -> "lost:password";
      case EMAIL_CODE -> "lost:emailCode";
      case NEW_PHONE, PHONE, NEW_PHONE_COUNTRY_CODE, PHONE_COUNTRY_CODE -> "lost:phone";
      default -> "lost:code";
    };
  }

  /** Whether the account has a verified e-mail, whose code the change needs. */
  public boolean isEmailNeeded() {
    return signedIn.getProfile().emailVerified();
  }

  /** How long the change will wait, as the page says it. */
  public String getDelay() {
    Duration delay = bindingSettings.lostPhoneDelay(isEmailNeeded());
    long hours = delay.toHours();
    return hours > 72 && hours % 24 == 0
        ? Messages.format(Feedback.locale(), "page.days", hours / 24)
        : Messages.format(Feedback.locale(), "page.hours", hours);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getEmailPassCode() {
    return emailPassCode;
  }

  public void setEmailPassCode(String emailPassCode) {
    this.emailPassCode = emailPassCode;
  }
}
