package io.phonebinding.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private static final CodePolicy POLICY =
      new CodePolicy(6, Duration.ofMinutes(5), 5, Duration.ofSeconds(60));
  private static final Instant SENT = Instant.parse("2026-11-27T08:00:00Z");
  private static final CodeHasher HASHER = new CodeHasher(new byte[32]);
  private static final String PHONE = "+8618888888888";

  private final VerificationCode code =
      new VerificationCode(
          PhoneNumber.ofE164(PHONE),
          SmsChannel.CHANNEL_BIND_PHONE,
          hash("123456"),
          SENT,
          POLICY,
          "::1",
          null);

  private static String hash(String candidate) {
    return HASHER.hash(PHONE, SmsChannel.CHANNEL_BIND_PHONE, candidate);
  }

  @Test
  void rightCodeIsAcceptedOnce() {
    assertTrue(code.verify(hash("123456"), SENT.plusSeconds(10), null).isAccepted());
    assertTrue(code.isConsumed());

    Verification again = code.verify(hash("123456"), SENT.plusSeconds(11), null);
    assertEquals(ErrorKind.CODE_ALREADY_USED, again.refusal().orElseThrow());
  }

  @Test
  void wrongCodeCostsOneTry() {
    Verification wrong = code.verify(hash("654321"), SENT.plusSeconds(10), null);

    assertEquals(ErrorKind.CODE_INCORRECT, wrong.refusal().orElseThrow());
    assertEquals(4, code.attemptsLeft());
    assertFalse(code.isConsumed());
  }

  @Test
  void codeDiesAfterMaxWrongTriesAndTheLastWrongGuessAnswersLikeAnyOther() {
    // A stranger guessing must not learn that a live code exists from how the last guess answers.
    for (int i = 1; i <= POLICY.maxAttempts(); i++) {
      assertEquals(
          ErrorKind.CODE_INCORRECT,
          code.verify(hash("000000"), SENT, null).refusal().orElseThrow());
    }
    assertEquals(
        ErrorKind.CODE_INCORRECT, code.verify(hash("000001"), SENT, null).refusal().orElseThrow());

    Verification right = code.verify(hash("123456"), SENT, null);
    assertEquals(ErrorKind.CODE_TOO_MANY_ATTEMPTS, right.refusal().orElseThrow());
  }

  @Test
  void codeExpiresAtItsTimeToLive() {
    Instant expiry = SENT.plus(POLICY.timeToLive());

    assertEquals(
        ErrorKind.CODE_EXPIRED, code.verify(hash("123456"), expiry, null).refusal().orElseThrow());
    assertTrue(code.verify(hash("123456"), expiry.minusMillis(1), null).isAccepted());
  }

  @Test
  void newerCodeReplacesTheOlderOne() {
    code.verify(hash("000000"), SENT, null);
    Instant resent = SENT.plusSeconds(61);
    code.replaceWith(hash("777777"), resent, POLICY, "::1", null);

    assertEquals(POLICY.maxAttempts(), code.attemptsLeft());
    assertEquals(
        ErrorKind.CODE_INCORRECT,
        code.verify(hash("123456"), resent, null).refusal().orElseThrow());
    assertTrue(code.verify(hash("777777"), resent, null).isAccepted());
  }

  @Test
  void resendWaitCountsDownFromTheLastSend() {
    assertEquals(60, code.secondsUntilResendAllowed(SENT, POLICY));
    assertEquals(1, code.secondsUntilResendAllowed(SENT.plusMillis(59_500), POLICY));
    assertEquals(0, code.secondsUntilResendAllowed(SENT.plusSeconds(60), POLICY));
  }

  @Test
  void hashIsBoundToPhoneAndChannel() {
    String bind = HASHER.hash(PHONE, SmsChannel.CHANNEL_BIND_PHONE, "123456");

    assertFalse(bind.equals(HASHER.hash(PHONE, SmsChannel.CHANNEL_UNBIND_PHONE, "123456")));
    assertFalse(
        bind.equals(HASHER.hash("+8618888888889", SmsChannel.CHANNEL_BIND_PHONE, "123456")));
    assertFalse(
        bind.equals(
            new CodeHasher(
                    new byte[] {
                      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                      23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                    })
                .hash(PHONE, SmsChannel.CHANNEL_BIND_PHONE, "123456")));
  }

  @Test
  void generatedCodesHaveTheConfiguredLengthAndOnlyDigits() {
    CodeGenerator generator = new CodeGenerator();
    for (int i = 0; i < 1000; i++) {
      String generated = generator.newCode(6);
      assertEquals(6, generated.length());
      assertTrue(generated.chars().allMatch(Character::isDigit), generated);
    }
  }

  @Test
  void usedOrExpiredCodeTellsItsStateOnlyToItsOwnDigits() {
    Instant expiry = SENT.plus(POLICY.timeToLive());
    assertEquals(
        ErrorKind.CODE_INCORRECT,
        code.verify(hash("654321"), expiry, null).refusal().orElseThrow());
    assertEquals(
        ErrorKind.CODE_EXPIRED, code.verify(hash("123456"), expiry, null).refusal().orElseThrow());

    assertTrue(code.verify(hash("123456"), SENT, null).isAccepted());
    assertEquals(
        ErrorKind.CODE_INCORRECT, code.verify(hash("654321"), SENT, null).refusal().orElseThrow());
    assertEquals(
        ErrorKind.CODE_ALREADY_USED,
        code.verify(hash("123456"), SENT, null).refusal().orElseThrow());
  }

  @Test
  void codeAskedForByAnAccountAnswersNoOtherAndLosesNoTryToThem() {
    VerificationCode owned =
        new VerificationCode(
            PhoneNumber.ofE164(PHONE),
            SmsChannel.CHANNEL_BIND_PHONE,
            hash("123456"),
            SENT,
            POLICY,
            "::1",
            "owner");

    for (int i = 0; i < POLICY.maxAttempts() * 2; i++) {
      assertEquals(
          ErrorKind.CODE_INCORRECT,
          owned.verify(hash("000000"), SENT, "stranger").refusal().orElseThrow());
    }
    assertEquals(
        ErrorKind.CODE_INCORRECT,
        owned.verify(hash("123456"), SENT, "stranger").refusal().orElseThrow());
    assertEquals(POLICY.maxAttempts(), owned.attemptsLeft());
    assertTrue(owned.verify(hash("123456"), SENT, "owner").isAccepted());
  }
}
