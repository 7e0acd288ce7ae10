package io.phonebinding.web.signin;

import io.phonebinding.web.page.ViewMemory;
import io.phonebinding.web.page.ViewStateSeal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The forgot-password page between its two steps: the one-time token the checked code gave, kept
 * with the view's state, which the browser holds only encrypted and which works only in the browser
 * it was made for ({@link ViewStateSeal}).
 */
@Named
@RequestScoped
public class ResetProgress {

  private static final String TOKEN = ResetProgress.class.getName() + ".token";

  void codeChecked(String token) {
    ViewMemory.keep(TOKEN, token);
  }

  String resetToken() {
    return ViewMemory.recall(TOKEN, (String) null);
  }

  /** Whether the code was checked, so the page asks for the new password. */
  public boolean isCodeChecked() {
    return resetToken() != null;
  }
}
