package io.phonebinding.web.phone;

import io.phonebinding.binding.PhoneBindingService;
import io.phonebinding.claim.PhoneClaimPendingException;
import io.phonebinding.error.BusinessException;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The bind form of a user without a phone: the number, a code sent to it, and binding. */
@Named
@RequestScoped
public class BindForm extends PhoneCodeFields {

  @Inject PhoneBindingService binding;

  @Inject SignedIn signedIn;

  @Inject NumberStatus numberStatus;

  @Override
  protected String form() {
    return "bind";
  }

  @Override
  protected SmsChannel channel() {
    return SmsChannel.CHANNEL_BIND_PHONE;
  }

  @Override
  protected Optional<String> requester() {
    return Optional.of(signedIn.userId());
  }

  public String bind() {
    try {
      binding.bind(signedIn.userId(), phone(), getPassCode(), page.origin());
      signedIn.profileChanged();
      Feedback.info(null, "page.bound");
    } catch (PhoneClaimPendingException claimed) {
      numberStatus.changed();
      Feedback.info(null, "page.claimStarted", claimed.messageArguments());
    } catch (BusinessException refusal) {
      refused(refusal);
    }
    return null;
  }
}
