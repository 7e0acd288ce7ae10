package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A code's SMS ends with the line browsers and phones fill the code in from, for the app the
 * request names: a listed app's own host and Android hash, the service's host for anyone else; a
 * profile whose message cannot fit one SMS fails the start, naming it.
 */
class AutofillIT extends SecondServerTest {

  @Test
  void theCodeSmsEndsWithTheAutofillLineOfTheAppThatAskedForIt() {
    SecondServer server = secondServer();
    server.start(
        Map.of(
            "phonebind.apps", "shop:shop-secret,kiosk:kiosk-secret",
            "phonebind.public-base-url", "https://id.example.com",
            "phonebind.apps.shop.autofill.host", "shop.example",
            "phonebind.apps.shop.autofill.android-hashes", "FA+9qCX9VSu",
            "phonebind.apps.kiosk.autofill.host", "id.ki.cn",
            "phonebind.apps.kiosk.autofill.top-host", "ki.cn"));
    try {
      Api api = server.api();
      assertEquals("@shop.example #%s FA+9qCX9VSu", lastLineOfCodeSms(api, "shop", "zh-CN"));
      assertEquals("@ki.cn #%s @id.ki.cn", lastLineOfCodeSms(api, "kiosk", "zh-CN"));
      // No app, or one without a profile: the service's own host, from its public address.
      assertEquals("@id.example.com #%s", lastLineOfCodeSms(api, null, "en-US"));
      assertEquals("@id.example.com #%s", lastLineOfCodeSms(api, "unknown-app", "zh-CN"));
    } finally {
      server.stop();
    }
  }

  @Test
  void aProfileWhoseCodeSmsCannotFitOneMessageFailsTheStart() {
    String reason =
        secondServer()
            .refusedStart(
                Map.of(
                    "phonebind.apps", "shop:shop-secret",
                    "phonebind.app-name", "PhoneBindingEnterpriseEdition",
                    "phonebind.apps.shop.autofill.host", "accounts.shop.example",
                    "phonebind.apps.shop.autofill.android-hashes", "FA+9qCX9VSu"));
    assertTrue(
        reason.contains(
            "The code SMS in zh-CN with the autofill line of PHONEBIND_APPS_SHOP_AUTOFILL_*"),
        reason);
    assertTrue(reason.contains("UCS-2 characters of 70"), reason);
  }

  /**
   * Sends a code as the app (or as no app) and answers the SMS's last line with the code replaced
   * by {@code %s}, having checked that it is the code the text gives.
   */
  private static String lastLineOfCodeSms(Api api, String appId, String language) {
    String phone = Api.randomMobile();
    Map<String, String> headers =
        appId == null
            ? Map.of("x-authing-lang", language)
            : Map.of("x-authing-lang", language, "x-authing-app-id", appId);
    api.post("/api/v3/send-sms", Api.sms("CHANNEL_BIND_PHONE", phone), null, headers).assertOk();
    String text = api.devMessages("+86" + phone).get(0).path("text").asText();
    String code = Api.codeIn(text);
    String lastLine = text.substring(text.lastIndexOf('\n') + 1);
    assertTrue(lastLine.contains(" #" + code), text);
    return lastLine.replace("#" + code, "#%s");
  }
}
