package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmsLengthTest {

  @Test
  void gsmTextCountsSeptetsAndTheExtensionTableTwice() {
    SmsLength plain = SmsLength.of("Your code is 123456.\n@example.com #123456 FA+9qCX9VSu");
    SmsLength brackets = SmsLength.of("[Acme] {x}");

    assertTrue(plain.gsm7());
    assertEquals(53, plain.units());
    assertTrue(brackets.gsm7());
    assertEquals(14, brackets.units());
  }

  @Test
  void oneCharacterOutsideGsm7MakesTheWholeTextUcs2() {
    SmsLength chinese = SmsLength.of("【Acme】验证码123456");

    assertFalse(chinese.gsm7());
    assertEquals(15, chinese.units());
    assertEquals(70, chinese.limit());
  }

  @Test
  void oneSmsHolds160Septets() {
    assertTrue(SmsLength.of("a".repeat(160)).fitsOneSms());
    assertFalse(SmsLength.of("a".repeat(159) + "€").fitsOneSms());
    assertTrue(SmsLength.of("码".repeat(70)).fitsOneSms());
    assertFalse(SmsLength.of("码".repeat(71)).fitsOneSms());
  }
}
