package io.phonebinding.web.signin;

import io.phonebinding.web.page.ViewMemory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Which way of signing in the page shows: the password or a code sent to the phone. */
@Named
@RequestScoped
public class SignInChoice {

  private static final String BY_CODE = SignInChoice.class.getName() + ".byCode";

  public String usePassword() {
    ViewMemory.keep(BY_CODE, false);
    return null;
  }

  public String useCode() {
    ViewMemory.keep(BY_CODE, true);
    return null;
  }

  public boolean isByCode() {
    return ViewMemory.recall(BY_CODE, false);
  }
}
