package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.phone.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderRoutesTest {

  private static final PhoneNumber CHINA = PhoneNumber.parse("18888888888", "+86", "CN");
  private static final PhoneNumber HONG_KONG = PhoneNumber.parse("51234567", "+852", "HK");
  private static final PhoneNumber AMERICA = PhoneNumber.parse("2025550123", "+1", "US");

  @Test
  void eachRegionHasItsChainAndTheStarTakesTheRest() {
    ProviderRoutes routes =
        ProviderRoutes.parse(
            "hook-b=webhook, twilio-eu=twilio", "CN+HK: aliyun, webhook; *: twilio, hook-b", "dev");

    assertEquals(List.of("aliyun", "webhook"), routes.chainFor(CHINA));
    assertEquals(List.of("aliyun", "webhook"), routes.chainFor(HONG_KONG));
    assertEquals(List.of("twilio", "hook-b"), routes.chainFor(AMERICA));
    assertEquals("webhook", routes.typeOf("hook-b"));
    assertEquals("twilio", routes.typeOf("twilio"));
    assertFalse(routes.usesDevelopmentProvider());
    assertEquals("CN:aliyun,webhook;HK:aliyun,webhook;*:twilio,hook-b", routes.toString());
    assertTrue(routes.instanceOfType("HOOK-B", "webhook").isPresent());
    assertTrue(routes.instanceOfType("hook-b", "twilio").isEmpty());
    assertTrue(routes.instanceOfType("nobody", "webhook").isEmpty());
  }

  @Test
  void withoutRoutesEveryNumberGoesToTheOneProvider() {
    ProviderRoutes routes = ProviderRoutes.parse(null, "", "DEV");

    assertEquals(List.of("dev"), routes.chainFor(AMERICA));
    assertTrue(routes.usesDevelopmentProvider());
  }

  @Test
  void aSettingThatDoesNotParseFailsTheStartNamingItself() {
    for (String[] wrong :
        List.of(
            new String[] {"hook=smpp", "*:hook", "phonebind.sms.providers"},
            new String[] {"twilio=webhook", "*:twilio", "phonebind.sms.providers"},
            new String[] {null, "*:nobody", "phonebind.sms.routes"},
            new String[] {null, "CN:aliyun", "phonebind.sms.routes"},
            new String[] {null, "China:aliyun;*:dev", "phonebind.sms.routes"},
            new String[] {null, "*:", "phonebind.sms.routes"})) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> ProviderRoutes.parse(wrong[0], wrong[1], "dev"),
              wrong[1]);
      assertTrue(refused.getMessage().startsWith(wrong[2]), refused.getMessage());
    }
  }
}
