package io.phonebinding.web.phone;

import io.phonebinding.binding.LostPhoneChanges;
import io.phonebinding.claim.PhoneClaims;
import io.phonebinding.error.BusinessException;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages the links in messages open: keep a number its new holder claims, cancel a change of
 * number made without the old phone. Opening the link does nothing by itself (mail scanners open
 * links); the button does, once.
 */
@Named
@RequestScoped
public class LinkPage {

  @Inject PhoneClaims claims;

  @Inject LostPhoneChanges changes;

  @Inject PageRequest page;

  private String token;
  private boolean done;

  public String keepNumber() {
    try {
      claims.keep(token, page.origin());
      done = true;
      Feedback.info(null, "page.kept");
    } catch (BusinessException refused) {
      Feedback.refused(null, refused);
    }
    return null;
  }

  public String cancelChange() {
    try {
      changes.cancel(token, page.origin());
      done = true;
      Feedback.info(null, "page.changeCancelled");
    } catch (BusinessException refused) {
      Feedback.refused(null, refused);
    }
    return null;
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
