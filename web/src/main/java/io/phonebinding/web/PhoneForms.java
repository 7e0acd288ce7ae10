package io.phonebinding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Which of the phone forms is open on the page, kept across the form's own postbacks. */
@Named
@ViewScoped
public class PhoneForms implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The forms that open on demand; binding's is open whenever no phone is bound. */
  public enum Open {
    NONE,
    CHANGE,
    UNBIND
  }

  private Open open = Open.NONE;

  public String startChange() {
    open = Open.CHANGE;
    return null;
  }

  public String startUnbind() {
    open = Open.UNBIND;
    return null;
  }

  public String cancel() {
    open = Open.NONE;
    return null;
  }

  /** After a form did its work. */
  void close() {
    open = Open.NONE;
  }

  public Open getOpen() {
    return open;
  }
}
