package io.phonebinding.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.OneTimeGrant;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.User;
import io.phonebinding.account.UserAlreadyHasPhoneException;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.TestNumbers;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import io.phonebinding.sms.SmsMessage;
import io.phonebinding.sms.SmsTemplates;
import io.phonebinding.testing.CountingTransactions;
import io.phonebinding.testing.MemoryUsers;
import io.phonebinding.testing.RecordingAudit;
import io.phonebinding.testing.RecordingSessions;
import io.phonebinding.testing.ScriptedCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of binding, changing and unbinding, each as one unit of work. */
class PhoneBindingServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.7", "test", Locale.US);
  private static final PhoneNumber OLD = PhoneNumber.parse("18812345678", "+86", "CN");
  private static final PhoneNumber NEW = PhoneNumber.parse("18887654321", "+86", "CN");

  private final MemoryUsers users = new MemoryUsers();
  private final ScriptedCodes codes = new ScriptedCodes(NOW);
  private final CountingTransactions transactions = new CountingTransactions();
  private final RecordingAudit audit = new RecordingAudit();
  private final RecordingSessions sessions = new RecordingSessions();
  private final List<String> notices = new ArrayList<>();
  private final PhoneBindingService service = service();

  private PhoneBindingService service() {
    PhoneBindingService service = new PhoneBindingService();
    service.users = users;
    service.codes = codes;
    service.transactions = transactions;
    service.audit = audit;
    service.sessions = sessions;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.changeRequests = new MemoryChangeRequests();
    service.accountSettings =
        new AccountSettings() {
          @Override
          public Duration updateTokenTimeToLive() {
            return Duration.ofMinutes(10);
          }
        };
    service.testNumbers =
        new TestNumbers() {
          @Override
          public boolean isTestNumber(PhoneNumber phone) {
            return false;
          }
        };
    service.templates =
        new SmsTemplates() {
          @Override
          public SmsMessage removalNotice(
              PhoneNumber removed, String accountName, Instant when, Locale locale) {
            notices.add(removed.e164());
            return null;
          }
        };
    service.sms = message -> {};
    return service;
  }

  private User userWithPhone(PhoneNumber phone) {
    User user = User.withPhone(phone, new SignUpProfile("alice", null), NOW);
    user.changePassword("a-hash", NOW);
    users.add(user);
    return user;
  }

  private static Authenticated signedIn(User user) {
    return new Authenticated(user.id(), "session-1");
  }

  @Test
  void thePagesChangeIsOneTransactionOneLockAndOneAuditRow() {
    User user = userWithPhone(OLD);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");
    codes.sent(NEW, SmsChannel.CHANNEL_BIND_PHONE, "222222");

    service.changePhone(signedIn(user), "111111", NEW, "222222", ORIGIN);

    assertEquals(1, transactions.opened);
    assertEquals(List.of(user.id()), users.locks);
    assertEquals(List.of("CHANGE_PHONE"), audit.rows);
    assertEquals(NEW, user.phone().orElseThrow());
    assertEquals(List.of("keep session-1"), sessions.work);
    assertEquals(List.of(OLD.e164()), notices);
    assertTrue(codes.isSpent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE));
    assertTrue(codes.isSpent(NEW, SmsChannel.CHANNEL_BIND_PHONE));
  }

  @Test
  void aWrongCodeForTheNewNumberSpendsNeitherCode() {
    User user = userWithPhone(OLD);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");
    codes.sent(NEW, SmsChannel.CHANNEL_BIND_PHONE, "222222");

    assertThrows(
        CodeRejectedException.class,
        () -> service.changePhone(signedIn(user), "111111", NEW, "999999", ORIGIN));

    assertFalse(codes.isSpent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE));
    assertEquals(OLD, user.phone().orElseThrow());
    assertEquals(List.of(), audit.rows);
  }

  @Test
  void aNumberAnotherAccountHasIsToldOnlyAfterBothCodesAndSpendsNone() {
    User user = userWithPhone(OLD);
    userWithPhone(NEW);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");
    codes.sent(NEW, SmsChannel.CHANNEL_BIND_PHONE, "222222");

    assertThrows(
        CodeRejectedException.class,
        () -> service.changePhone(signedIn(user), "000000", NEW, "222222", ORIGIN));
    assertThrows(
        PhoneAlreadyBoundException.class,
        () -> service.changePhone(signedIn(user), "111111", NEW, "222222", ORIGIN));

    assertFalse(codes.isSpent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE));
    assertFalse(codes.isSpent(NEW, SmsChannel.CHANNEL_BIND_PHONE));
  }

  @Test
  void authingsTwoStepsRedeemTheirTokenOnce() {
    User user = userWithPhone(OLD);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");
    codes.sent(NEW, SmsChannel.CHANNEL_BIND_PHONE, "222222");

    PhoneChangeToken token = service.verifyChange(user.id(), OLD, "111111", NEW, "222222", ORIGIN);
    service.change(signedIn(user), token.token(), ORIGIN);
    PhoneBindingRuleException again =
        assertThrows(
            PhoneBindingRuleException.class,
            () -> service.change(signedIn(user), token.token(), ORIGIN));

    assertEquals(ErrorKind.UPDATE_TOKEN_INVALID, again.kind());
    assertEquals(NEW, user.phone().orElseThrow());
    assertEquals(List.of("VERIFY_PHONE_CHANGE", "CHANGE_PHONE"), audit.rows);
  }

  @Test
  void aChangeTokenEndsWhenTheUsersCredentialsChange() {
    User user = userWithPhone(OLD);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");
    codes.sent(NEW, SmsChannel.CHANNEL_BIND_PHONE, "222222");
    PhoneChangeToken token = service.verifyChange(user.id(), OLD, "111111", NEW, "222222", ORIGIN);

    user.changePassword("another-hash", NOW);

    PhoneBindingRuleException refused =
        assertThrows(
            PhoneBindingRuleException.class,
            () -> service.change(signedIn(user), token.token(), ORIGIN));
    assertEquals(ErrorKind.UPDATE_TOKEN_INVALID, refused.kind());
    assertEquals(OLD, user.phone().orElseThrow());
  }

  @Test
  void aUserWithAPhoneIsRefusedABindBeforeAnyCodeIsLookedAt() {
    User user = userWithPhone(OLD);
    codes.sent(NEW, SmsChannel.CHANNEL_BIND_PHONE, "222222");

    assertThrows(
        UserAlreadyHasPhoneException.class, () -> service.bind(user.id(), NEW, "222222", ORIGIN));

    assertFalse(codes.isSpent(NEW, SmsChannel.CHANNEL_BIND_PHONE));
  }

  @Test
  void aPhoneThatIsTheOnlyWayInIsNotUnboundAndItsCodeIsKept() {
    User phoneOnly = User.withPhone(OLD, SignUpProfile.NONE, NOW);
    users.add(phoneOnly);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");

    PhoneBindingRuleException refused =
        assertThrows(
            PhoneBindingRuleException.class,
            () -> service.unbind(signedIn(phoneOnly), "111111", ORIGIN));

    assertEquals(ErrorKind.PHONE_IS_ONLY_SIGN_IN, refused.kind());
    assertFalse(codes.isSpent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE));
    assertEquals(List.of(), notices);
  }

  @Test
  void anUnbindSpendsTheCodeAndTellsTheNumber() {
    User user = userWithPhone(OLD);
    codes.sent(OLD, SmsChannel.CHANNEL_UNBIND_PHONE, "111111");

    service.unbind(signedIn(user), "111111", ORIGIN);

    assertTrue(user.phone().isEmpty());
    assertEquals(List.of(OLD.e164()), notices);
    assertEquals(List.of("UNBIND_PHONE"), audit.rows);
    assertEquals(1, transactions.opened);
  }

  /** Change requests held in memory by their token. */
  private static final class MemoryChangeRequests extends PhoneChangeRequests {

    private final Map<String, PhoneChangeRequest> byToken = new HashMap<>();

    @Override
    PhoneChangeToken open(
        User user, PhoneNumber oldPhone, PhoneNumber newPhone, Instant now, Duration ttl) {
      String token = "token-" + byToken.size();
      byToken.put(
          token,
          new PhoneChangeRequest("hash", OneTimeGrant.proven(user, oldPhone, now, ttl), newPhone));
      return new PhoneChangeToken(token, ttl);
    }

    @Override
    PhoneChangeRequest find(String token) {
      PhoneChangeRequest request = byToken.get(token);
      if (request == null) {
        throw new PhoneBindingRuleException(ErrorKind.UPDATE_TOKEN_INVALID);
      }
      return request;
    }
  }
}
