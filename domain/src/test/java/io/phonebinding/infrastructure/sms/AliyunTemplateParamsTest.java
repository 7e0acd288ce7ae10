package io.phonebinding.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.sms.OutgoingSms;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An approved Aliyun template gets the parameters it uses, and no others. */
class AliyunTemplateParamsTest {

  private static final Map<String, String> CODE_PARAMS =
      Map.of(
          "code", "123456",
          "autofill", "@example.com #123456 FA+9qCX9VSu",
          "host", "example.com",
          "appHash", "FA+9qCX9VSu");

  private static OutgoingSms message(String purpose, Map<String, String> params) {
    return new OutgoingSms(
        1, PhoneNumber.parse("18812345678", null, "CN"), purpose, "text", params, "aliyun", 2);
  }

  @Test
  void aCodeTemplateGetsTheCodeAloneByDefault() {
    assertEquals(
        Map.of("code", "123456"),
        AliyunSmsProvider.templateParamsOf(message("CHANNEL_BIND_PHONE", CODE_PARAMS), "code"));
  }

  @Test
  void aTemplateWithTheAutofillLineGetsTheNamedParts() {
    assertEquals(
        Map.of("code", "123456", "host", "example.com", "appHash", "FA+9qCX9VSu"),
        AliyunSmsProvider.templateParamsOf(
            message("CHANNEL_BIND_PHONE", CODE_PARAMS), "code, host,appHash"));
  }

  @Test
  void aNoticeKeepsItsOwnParameters() {
    Map<String, String> notice = Map.of("account", "alice");
    assertEquals(
        notice,
        AliyunSmsProvider.templateParamsOf(message("NOTICE_PHONE_REMOVED", notice), "code"));
  }
}
