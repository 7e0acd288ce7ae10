package io.phonebinding.web.phone;

import io.phonebinding.web.page.ViewMemory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Which of the phone forms is open on the page, kept across the form's own postbacks. */
@Named
@RequestScoped
public class PhoneForms {

  private static final String OPEN = PhoneForms.class.getName() + ".open";

  /** The forms that open on demand; binding's is open whenever no phone is bound. */
  public enum Open {
    NONE,
    CHANGE,
    /** A change of number without the old phone. */
    LOST,
    UNBIND
  }

  public String startChange() {
    ViewMemory.keep(OPEN, Open.CHANGE);
    return null;
  }

  public String startLostPhone() {
    ViewMemory.keep(OPEN, Open.LOST);
    return null;
  }

  public String startUnbind() {
    ViewMemory.keep(OPEN, Open.UNBIND);
    return null;
  }

  public String cancel() {
    close();
    return null;
  }

  /** After a form did its work. */
  void close() {
    ViewMemory.keep(OPEN, Open.NONE);
  }

  public Open getOpen() {
    return ViewMemory.recall(OPEN, Open.NONE);
  }
}
