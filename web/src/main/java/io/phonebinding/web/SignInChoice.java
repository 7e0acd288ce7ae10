package io.phonebinding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Which way of signing in the page shows: the password or a code sent to the phone. */
@Named
@ViewScoped
public class SignInChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean byCode;

  public String usePassword() {
    byCode = false;
    return null;
  }

  public String useCode() {
    byCode = true;
    return null;
  }

  public boolean isByCode() {
    return byCode;
  }
}
