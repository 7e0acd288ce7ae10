package io.phonebinding.web.phone;

import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.BusinessException;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The code to the bound phone that a change and an unbind both ask for first ({@code
 * CHANNEL_UNBIND_PHONE}), and the countdown of its send button.
 */
@Named
@RequestScoped
public class CurrentPhoneCode {

  @Inject VerificationCodeService codes;

  @Inject SignedIn signedIn;

  @Inject PageRequest page;

  /** Sends it; the outcome is shown next to the form field {@code clientId}. */
  void send(String clientId) {
    try {
      codes.send(
          signedIn.currentPhone(),
          SmsChannel.CHANNEL_UNBIND_PHONE,
          page.origin(),
          Optional.of(signedIn.userId()));
      Feedback.info(clientId, "page.codeSent");
    } catch (BusinessException refused) {
      Feedback.refused(clientId, refused);
    }
  }

  /** Seconds before another code may be sent to the bound phone. */
  public long getWait() {
    return signedIn.isSignedIn()
        ? CodeWait.of(codes, signedIn.currentPhoneOrNull(), SmsChannel.CHANNEL_UNBIND_PHONE)
        : 0;
  }
}
