package io.phonebinding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The forgot-password page between its two steps: the one-time token the checked code gave, kept on
 * the server with the view, never sent to the browser.
 */
@Named
@ViewScoped
public class ResetProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private String resetToken;

  void codeChecked(String token) {
    resetToken = token;
  }

  String resetToken() {
    return resetToken;
  }

  /** Whether the code was checked, so the page asks for the new password. */
  public boolean isCodeChecked() {
    return resetToken != null;
  }
}
