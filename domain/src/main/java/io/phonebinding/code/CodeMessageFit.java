package io.phonebinding.code;

import io.phonebinding.app.AutofillProfile;
import io.phonebinding.app.ClientApps;
import io.phonebinding.i18n.Languages;
import io.phonebinding.sms.SmsLength;
import io.phonebinding.sms.SmsTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A code's message must fit one SMS: a second part costs as much again, and a phone may show or
 * fill the parts apart. Checked at start for every app's autofill line in every language, with the
 * longest code the settings make.
 */
@ApplicationScoped
public class CodeMessageFit {

  @Inject ClientApps apps;

  @Inject SmsTemplates templates;

  @Inject CodeSettings settings;

  /**
   * @throws IllegalStateException naming the app's settings, the language and the length, so the
   *     deployment fails instead of sending codes in two parts
   */
  public void check() {
    overflow(apps.autofillProfiles(), settings.codePolicy())
        .ifPresent(
            problem -> {
              throw new IllegalStateException(problem);
            });
  }

  /** The first code message that would not fit one SMS, said for the operator; none if all fit. */
  Optional<String> overflow(List<AutofillProfile> profiles, CodePolicy policy) {
    String longestCode = "0".repeat(policy.length());
    for (AutofillProfile profile : profiles) {
      for (Locale language : Languages.ALL) {
        SmsLength length =
            SmsLength.of(templates.codeText(longestCode, policy.timeToLive(), language, profile));
        if (!length.fitsOneSms()) {
          return Optional.of(
              "The code SMS in "
                  + language.toLanguageTag()
                  + " with the autofill line of "
                  + profile.source()
                  + " takes "
                  + length
                  + ", more than one SMS: shorten PHONEBIND_APP_NAME, the host or the Android"
                  + " hashes");
        }
      }
    }
    return Optional.empty();
  }
}
