package io.phonebinding.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.app.AutofillProfile;
import io.phonebinding.sms.TestTemplates;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeMessageFitTest {

  private final CodeMessageFit fit = new CodeMessageFit();

  private final CodePolicy policy =
      new CodePolicy(6, Duration.ofMinutes(5), 5, Duration.ofSeconds(60));

  private static AutofillProfile profile(String host, String hashes) {
    return AutofillProfile.of(
        "phonebind.apps.shop.autofill.", host, Optional.empty(), Optional.ofNullable(hashes));
  }

  private void named(String appName) {
    fit.templates = TestTemplates.named(appName);
  }

  @Test
  void theDefaultsFitOneSmsInEveryLanguage() {
    named("Phone Binding");

    assertEquals(
        Optional.empty(),
        fit.overflow(
            List.of(profile("localhost", null), profile("id.example.com", "FA+9qCX9VSu")), policy));
  }

  @Test
  void aMessageThatWouldTakeTwoSmsIsNamedWithItsLanguageAndSettings() {
    named("Phone Binding Enterprise Edition");

    String problem =
        fit.overflow(List.of(profile("accounts.example.com", "FA+9qCX9VSu")), policy).orElseThrow();

    assertTrue(problem.startsWith("The code SMS in zh-CN"), problem);
    assertTrue(problem.contains("PHONEBIND_APPS_SHOP_AUTOFILL_*"), problem);
    assertTrue(problem.contains("UCS-2 characters of 70"), problem);
  }
}
