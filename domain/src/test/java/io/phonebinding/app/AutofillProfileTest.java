package io.phonebinding.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutofillProfileTest {

  private static final String PREFIX = "phonebind.apps.shop.autofill.";

  @Test
  void theLineBindsTheCodeToTheHost() {
    AutofillProfile web =
        AutofillProfile.of(PREFIX, "Example.com", Optional.empty(), Optional.empty());

    assertEquals("@example.com #123456", web.line("123456"));
    assertEquals("PHONEBIND_APPS_SHOP_AUTOFILL_*", web.source());
  }

  @Test
  void anEmbeddedPageNamesTheTopSiteFirstAndAndroidHashesFollow() {
    AutofillProfile embedded =
        AutofillProfile.of(
            PREFIX,
            "login.example.com",
            Optional.of("shop.example"),
            Optional.of("FA+9qCX9VSu, AbCdEfGhIj/"));

    assertEquals(
        "@shop.example #123456 @login.example.com FA+9qCX9VSu AbCdEfGhIj/",
        embedded.line("123456"));
    assertEquals(
        Map.of(
            "autofill",
            "@shop.example #123456 @login.example.com FA+9qCX9VSu AbCdEfGhIj/",
            "host",
            "shop.example",
            "embeddedHost",
            "login.example.com",
            "appHash",
            "FA+9qCX9VSu AbCdEfGhIj/"),
        embedded.templateParams("123456"));
  }

  @Test
  void aHostWithSchemeOrPortFailsTheStartNamingTheSetting() {
    for (String host :
        new String[] {"https://example.com", "example.com:8443", "exa mple.com", ""}) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> AutofillProfile.of(PREFIX, host, Optional.empty(), Optional.empty()),
              host);
      assertTrue(
          refused.getMessage().startsWith("PHONEBIND_APPS_SHOP_AUTOFILL_HOST"),
          refused::getMessage);
    }
  }

  @Test
  void anAndroidHashIsElevenBase64Characters() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                AutofillProfile.of(
                    PREFIX, "example.com", Optional.empty(), Optional.of("FA+9qCX9VS")));

    assertTrue(
        refused.getMessage().startsWith("PHONEBIND_APPS_SHOP_AUTOFILL_ANDROID_HASHES"),
        refused::getMessage);
  }
}
