package io.phonebinding.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void userWithoutPhoneBindsOne() {
    User user = new User("alice", null, "hash", NOW);
    assertFalse(user.hasPhone());

    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW.plusSeconds(5));

    assertEquals("+8618888888888", user.phone().orElseThrow().e164());
    assertTrue(user.isPhoneVerified());
    assertEquals(NOW.plusSeconds(5), user.updatedAt());
  }

  @Test
  void userWithPhoneCannotBindAnother() {
    User user = new User("alice", null, "hash", NOW);
    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);

    assertThrows(
        UserAlreadyHasPhoneException.class,
        () -> user.bindPhone(PhoneNumber.parse("13912345678", null, "CN"), NOW));
    assertEquals("+8618888888888", user.phone().orElseThrow().e164());
  }

  @Test
  void phoneChangesOnlyToAnotherNumber() {
    User user = new User("alice", null, "hash", NOW);
    PhoneNumber first = PhoneNumber.parse("18888888888", null, "CN");
    assertEquals(
        ErrorKind.NO_PHONE_BOUND,
        assertThrows(PhoneBindingRuleException.class, () -> user.changePhone(first, NOW)).kind());
    user.bindPhone(first, NOW);

    assertEquals(
        ErrorKind.SAME_PHONE,
        assertThrows(PhoneBindingRuleException.class, () -> user.changePhone(first, NOW)).kind());
    user.changePhone(PhoneNumber.parse("13912345678", null, "CN"), NOW);
    assertEquals("+8613912345678", user.phone().orElseThrow().e164());
  }

  @Test
  void unbindRemovesThePhone() {
    User user = new User("alice", null, "hash", NOW);
    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);

    user.unbindPhone(NOW);

    assertFalse(user.hasPhone());
    assertFalse(user.isPhoneVerified());
    assertEquals(
        ErrorKind.NO_PHONE_BOUND,
        assertThrows(PhoneBindingRuleException.class, () -> user.unbindPhone(NOW)).kind());
  }

  @Test
  void phoneThatIsTheOnlyWayToSignInStays() {
    User phoneOnly = new User("bob", null, null, NOW);
    phoneOnly.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);

    PhoneBindingRuleException refused =
        assertThrows(PhoneBindingRuleException.class, () -> phoneOnly.unbindPhone(NOW));

    assertEquals(ErrorKind.PHONE_IS_ONLY_SIGN_IN, refused.kind());
    assertTrue(phoneOnly.hasPhone());
  }

  @Test
  void theBoundPhoneIsTheOneNamedOrTheChangeIsRefused() {
    User user = new User("alice", null, "hash", NOW);
    PhoneNumber bound = PhoneNumber.parse("18888888888", null, "CN");
    PhoneNumber other = PhoneNumber.parse("13912345678", null, "CN");
    assertEquals(
        ErrorKind.NO_PHONE_BOUND,
        assertThrows(PhoneBindingRuleException.class, () -> user.checkPhoneIs(bound)).kind());
    user.bindPhone(bound, NOW);

    user.checkPhoneIs(bound);
    assertEquals(
        ErrorKind.OLD_PHONE_MISMATCH,
        assertThrows(PhoneBindingRuleException.class, () -> user.checkPhoneIs(other)).kind());
  }

  @Test
  void theEarlyChecksAreTheRulesTheBehaviourKeeps() {
    User user = new User("alice", null, "hash", NOW);
    PhoneNumber first = PhoneNumber.parse("18888888888", null, "CN");
    assertEquals(
        ErrorKind.NO_PHONE_BOUND,
        assertThrows(PhoneBindingRuleException.class, user::checkCanUnbindPhone).kind());
    user.bindPhone(first, NOW);

    assertThrows(UserAlreadyHasPhoneException.class, user::checkCanBindPhone);
    assertEquals(
        ErrorKind.SAME_PHONE,
        assertThrows(PhoneBindingRuleException.class, () -> user.checkCanChangePhoneTo(first))
            .kind());
    user.checkCanUnbindPhone();
  }

  @Test
  void aNumberCountsAsUnprovenOnlyOnceTheDormancyPeriodPassedSinceItsLastProof() {
    Duration dormancy = Duration.ofDays(90);
    User user = new User("alice", null, "hash", NOW);
    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);

    assertFalse(user.phoneUnprovenSince(NOW.plus(Duration.ofDays(89)).minus(dormancy)));
    assertTrue(user.phoneUnprovenSince(NOW.plus(Duration.ofDays(91)).minus(dormancy)));
    user.phoneProven(NOW.plus(Duration.ofDays(60)));
    assertFalse(user.phoneUnprovenSince(NOW.plus(Duration.ofDays(91)).minus(dormancy)));
  }

  @Test
  void aClaimedNumberSignsItsAccountInAgainOnceTheNumberLeavesOrTheClaimEnds() {
    User user = new User("alice", null, "hash", NOW);
    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);

    user.phoneClaimStarted();
    assertEquals(
        ErrorKind.PHONE_UNDER_CLAIM,
        assertThrows(AuthenticationException.class, user::checkPhoneSignsIn).kind());
    user.phoneClaimEnded();
    user.checkPhoneSignsIn();
    user.phoneClaimStarted();
    user.freePhone(NOW);
    user.checkPhoneSignsIn();
  }

  @Test
  void whileAChangeWithoutTheOldPhoneWaitsThePasswordAndTheEmailStayAsTheyAre() {
    User user = new User("alice", null, "hash", NOW);
    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);
    user.phoneChangePending(true);

    assertEquals(
        ErrorKind.PHONE_CHANGE_PENDING,
        assertThrows(AccountRuleException.class, () -> user.changePassword("new", NOW)).kind());
    assertThrows(AccountRuleException.class, () -> user.bindEmail("a@example.com", NOW));
    user.phoneChangePending(false);
    user.bindEmail("a@example.com", NOW);
    assertEquals("a@example.com", user.verifiedEmail().orElseThrow());
  }

  @Test
  void onlyACodeVerifiesAnEmailAndAVerifiedOneIsChangedNotBoundAgain() {
    User user = new User("alice", "a@example.com", "hash", NOW);
    assertTrue(user.verifiedEmail().isEmpty(), "an address given at sign-up is not verified");

    user.bindEmail("a@example.com", NOW);
    assertEquals(
        ErrorKind.USER_ALREADY_HAS_EMAIL,
        assertThrows(AccountRuleException.class, () -> user.bindEmail("b@example.com", NOW))
            .kind());
    assertEquals(
        ErrorKind.SAME_EMAIL,
        assertThrows(AccountRuleException.class, () -> user.checkCanChangeEmailTo("a@example.com"))
            .kind());
    user.replaceEmail("b@example.com", NOW);
    assertEquals("b@example.com", user.verifiedEmail().orElseThrow());
    user.changeEmail("c@example.com", NOW);
    assertTrue(user.verifiedEmail().isEmpty(), "an operator's address is not verified");
  }
}
