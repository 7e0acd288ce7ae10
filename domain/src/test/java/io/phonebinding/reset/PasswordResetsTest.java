package io.phonebinding.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.User;
import io.phonebinding.code.TestNumbers;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.sms.SmsMessage;
import io.phonebinding.sms.SmsTemplates;
import io.phonebinding.testing.CountingTransactions;
import io.phonebinding.testing.MemoryUsers;
import io.phonebinding.testing.RecordingAudit;
import io.phonebinding.testing.RecordingGuard;
import io.phonebinding.testing.ScriptedCodes;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
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

/** "Forgot password": a code gives a grant, the grant sets one password once, while it holds. */
class PasswordResetsTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.7", "test", Locale.US);
  private static final PhoneNumber PHONE = PhoneNumber.parse("18812345678", "+86", "CN");
  private static final PhoneNumber OTHER = PhoneNumber.parse("18887654321", "+86", "CN");

  private final MemoryUsers users = new MemoryUsers();
  private final ScriptedCodes codes = new ScriptedCodes(NOW);
  private final RecordingAudit audit = new RecordingAudit();
  private final Map<String, PasswordReset> stored = new HashMap<>();
  private final RecordingGuard guard = new RecordingGuard();
  private final List<String> hashed = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final PasswordResets resets = resets();

  private PasswordResets resets() {
    PasswordResets resets = new PasswordResets();
    resets.users = users;
    resets.codes = codes;
    resets.audit = audit;
    resets.transactions = new CountingTransactions();
    resets.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    resets.entityManager = memoryOf(stored);
    resets.settings =
        new AccountSettings() {
          @Override
          public Duration passwordResetTimeToLive() {
            return Duration.ofMinutes(10);
          }
        };
    resets.accounts =
        new AccountService() {
          @Override
          public String hashNewPassword(String password, Input input) {
            hashed.add(password);
            return "hash:" + password;
          }
        };
    resets.guard = guard;
    resets.testNumbers =
        new TestNumbers() {
          @Override
          public boolean isTestNumber(PhoneNumber phone) {
            return false;
          }
        };
    resets.templates =
        new SmsTemplates() {
          @Override
          public SmsMessage passwordResetNotice(
              PhoneNumber phone, String accountName, Instant when, Locale locale) {
            notices.add(phone.e164());
            return null;
          }
        };
    resets.sms = message -> {};
    return resets;
  }

  /** An entity manager that stores resets by the hash of their token, and nothing else. */
  private static EntityManager memoryOf(Map<String, PasswordReset> stored) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "persist" -> {
                    var field = PasswordReset.class.getDeclaredField("tokenHash");
                    field.setAccessible(true);
                    stored.put((String) field.get(args[0]), (PasswordReset) args[0]);
                    yield null;
                  }
                  case "find" -> stored.get((String) args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private User owner() {
    User user = User.withPhone(PHONE, new SignUpProfile("alice", null), NOW);
    users.add(user);
    codes.sent(PHONE, SmsChannel.CHANNEL_RESET_PASSWORD, "123456");
    return user;
  }

  @Test
  void aGrantSetsOnePasswordOnceAndTellsThePhone() {
    User user = owner();
    ResetGrant grant = resets.verify(PHONE, "123456", ORIGIN);

    resets.reset(grant.token(), "a-new-password", ORIGIN);
    InvalidInputException again =
        assertThrows(
            InvalidInputException.class,
            () -> resets.reset(grant.token(), "another-password", ORIGIN));

    assertEquals(ErrorKind.RESET_TOKEN_INVALID, again.kind());
    assertEquals(List.of("a-new-password"), hashed);
    assertEquals(List.of(PHONE.e164()), notices);
    assertEquals(List.of("VERIFY_PASSWORD_RESET", "RESET_PASSWORD"), audit.rows);
    assertTrue(user.hasPassword());
  }

  @Test
  void aGrantEndsWhenThePhoneThatProvedItIsNoLongerTheUsers() {
    User user = owner();
    ResetGrant grant = resets.verify(PHONE, "123456", ORIGIN);

    user.changePhone(OTHER, NOW);

    assertThrows(
        InvalidInputException.class, () -> resets.reset(grant.token(), "a-new-password", ORIGIN));
    assertEquals(List.of("a-new-password"), hashed);
  }

  @Test
  void aMadeUpTokenCostsNoHash() {
    assertThrows(
        InvalidInputException.class, () -> resets.reset("made-up", "a-new-password", ORIGIN));

    assertEquals(List.of(), hashed);
  }

  @Test
  void aWrongCodeIsAWrongGuessOnThePhonesKeyAndAPhoneWithoutAnAccountIsNone() {
    owner();
    assertThrows(BusinessException.class, () -> resets.verify(PHONE, "654321", ORIGIN));
    codes.sent(OTHER, SmsChannel.CHANNEL_RESET_PASSWORD, "222222");
    AuthenticationException nobody =
        assertThrows(AuthenticationException.class, () -> resets.verify(OTHER, "222222", ORIGIN));

    assertEquals(ErrorKind.USER_NOT_FOUND, nobody.kind());
    assertEquals(
        List.of("reset:" + PHONE.e164() + " wrong", "reset:" + OTHER.e164() + " not counted"),
        guard.guesses);
  }
}
