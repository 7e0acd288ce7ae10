package io.phonebinding.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.phonebinding.error.ErrorKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void authingHeaderWinsOverAcceptLanguage() {
    assertEquals(Languages.ENGLISH, Languages.forRequest("en-US", "zh-CN"));
    assertEquals(Languages.CHINESE, Languages.forRequest("zh-CN", "en-US"));
  }

  @Test
  void acceptLanguageIsUsedWithoutAuthingHeader() {
    assertEquals(Languages.ENGLISH, Languages.forRequest(null, "en-GB,en;q=0.9"));
    assertEquals(Languages.ENGLISH, Languages.forRequest(null, "fr-FR,en;q=0.5"));
    assertEquals(Languages.CHINESE, Languages.forRequest(null, "zh-TW"));
  }

  @Test
  void chineseIsTheDefault() {
    assertEquals(Languages.CHINESE, Languages.forRequest(null, null));
    assertEquals(Languages.CHINESE, Languages.forRequest("xx", "fr-FR"));
    assertEquals(Languages.CHINESE, Languages.forRequest(null, ";;;=="));
  }

  @Test
  void everyErrorHasAMessageInBothLanguages() {
    for (Locale locale : Languages.ALL) {
      ResourceBundle bundle = Messages.bundle(locale);
      for (ErrorKind kind : ErrorKind.values()) {
        assertFalse(bundle.getString(kind.messageKey()).isBlank(), kind + " in " + locale);
      }
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    Set<String> chinese = new HashSet<>(Messages.bundle(Languages.CHINESE).keySet());
    Set<String> english = new HashSet<>(Messages.bundle(Languages.ENGLISH).keySet());
    assertEquals(chinese, english);
  }

  @Test
  void apiCodesAreUnique() {
    long distinct =
        Arrays.stream(ErrorKind.values()).mapToInt(ErrorKind::apiCode).distinct().count();
    assertEquals(ErrorKind.values().length, distinct);
  }

  @Test
  void smsTextCarriesAppNameCodeAndMinutes() {
    assertEquals(
        "[Acme] Your verification code is 123456. It is valid for 5 minutes. Do not share it"
            + " with anyone.",
        Messages.format(Languages.ENGLISH, "sms.code", "Acme", "123456", 5));
  }
}
