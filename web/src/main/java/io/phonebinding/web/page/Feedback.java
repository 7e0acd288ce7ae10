package io.phonebinding.web.page;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.Input;
import io.phonebinding.i18n.Languages;
import io.phonebinding.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Locale;

/**
 * Messages shown next to the field they concern, in the page's language, from the same bundle as
 * the API's messages.
 */
public final class Feedback {

  private Feedback() {}

  public static void refused(String clientId, BusinessException refusal) {
    String text =
        Messages.format(
            locale(), refusal.kind().messageKey(), inPageTerms(refusal.messageArguments()));
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** A refusal names the input that failed in the domain's words; the user reads its label. */
  private static Object[] inPageTerms(Object[] arguments) {
    return Arrays.stream(arguments)
        .map(
            argument ->
                argument instanceof Input input
                    ? Messages.format(locale(), "page.input." + input.name())
                    : argument)
        .toArray();
  }

  public static void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, Messages.format(locale(), key, arguments));
  }

  public static void info(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, Messages.format(locale(), key, arguments));
  }

  public static Locale locale() {
    return Languages.supported(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
