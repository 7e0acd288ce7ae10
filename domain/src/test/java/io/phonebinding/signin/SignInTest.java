package io.phonebinding.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.account.AccountService;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.PasswordHasher;
import io.phonebinding.account.SignInIdentifier;
import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.User;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import io.phonebinding.session.TokenRequest;
import io.phonebinding.testing.CountingTransactions;
import io.phonebinding.testing.MemoryUsers;
import io.phonebinding.testing.RecordingAudit;
import io.phonebinding.testing.RecordingGuard;
import io.phonebinding.testing.RecordingSessions;
import io.phonebinding.testing.ScriptedCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sign-in workflow's rules: every guess under the limits, hashes outside any transaction, a
 * sign-in's audit row and session in one, and only wrong guesses counted.
 */
class SignInTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.7", "test", Locale.US);
  private static final PhoneNumber PHONE = PhoneNumber.parse("18812345678", "+86", "CN");

  private final MemoryUsers users = new MemoryUsers();
  private final ScriptedCodes codes = new ScriptedCodes(NOW);
  private final CountingTransactions transactions = new CountingTransactions();
  private final RecordingAudit audit = new RecordingAudit();
  private final RecordingSessions sessions = new RecordingSessions();

  private final RecordingGuard guard = new RecordingGuard();

  /** What the guard saw: each guess's key and whether it stayed counted as wrong. */
  private final List<String> guesses = guard.guesses;

  /** What the hasher did, and whether a transaction was open meanwhile. */
  private final List<String> hashing = new ArrayList<>();

  private boolean hashesBusy;
  private boolean queueFull;

  private final SignIn signIn = signIn();

  private SignIn signIn() {
    SignIn signIn = new SignIn();
    signIn.users = users;
    signIn.transactions = transactions;
    signIn.audit = audit;
    signIn.sessions = sessions;
    signIn.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    signIn.settings =
        new AccountSettings() {
          @Override
          public int passwordMinLength() {
            return 8;
          }

          @Override
          public boolean autoRegisterByCode() {
            return false;
          }
        };
    signIn.passwords =
        new PasswordHasher() {
          @Override
          public void refuseIfQueueFull() {
            if (queueFull) {
              throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
            }
          }

          @Override
          public String hash(String password) {
            hashing.add("hash" + (transactions.isOpen() ? " in a transaction" : ""));
            return "hash:" + password;
          }

          @Override
          public boolean isPasswordOf(User user, String password) {
            if (hashesBusy) {
              throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
            }
            hashing.add("verify" + (transactions.isOpen() ? " in a transaction" : ""));
            return ("secret-" + user.id()).equals(password);
          }

          @Override
          public void verifyDecoy(String password) {
            hashing.add("decoy");
          }
        };
    signIn.passwordCheck = new PasswordCheck();
    signIn.passwordCheck.passwords = signIn.passwords;
    signIn.guard = guard;
    PasswordHasher passwords = signIn.passwords;
    signIn.accounts =
        new AccountService() {
          @Override
          public void checkNewPassword(String password, Input input) {
            if (password == null || password.length() < 8) {
              throw InvalidInputException.invalid(input);
            }
          }

          @Override
          public String hashNewPassword(String password, Input input) {
            checkNewPassword(password, input);
            return passwords.hash(password);
          }
        };
    signIn.codeProof = new CodeProof();
    signIn.codeProof.codes = codes;
    signIn.codeProof.users = users;
    signIn.codeProof.audit = audit;
    signIn.codeProof.clock = signIn.clock;
    signIn.passwordChange = new PasswordChange();
    signIn.passwordChange.users = users;
    signIn.passwordChange.sessions = sessions;
    signIn.passwordChange.audit = audit;
    signIn.passwordChange.clock = signIn.clock;
    return signIn;
  }

  private User alice() {
    User user = new User("alice", null, "stored", NOW);
    users.add(user);
    return user;
  }

  @Test
  void aRightPasswordOpensASessionWithItsAuditRowInOneTransactionAfterTheHash() {
    User alice = alice();

    signIn.withPassword(
        SignInIdentifier.username("alice"), "secret-" + alice.id(), TokenRequest.NONE, ORIGIN);

    assertEquals(List.of("verify"), hashing);
    assertEquals(1, transactions.opened);
    assertEquals(List.of("SIGN_IN_BY_PASSWORD"), audit.rows);
    assertEquals(List.of("open PASSWORD for " + alice.id()), sessions.work);
    assertEquals(List.of(alice.lockoutKey() + " right"), guesses);
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountAreTheSameRefusalAtTheSameCost() {
    alice();

    AuthenticationException wrong =
        assertThrows(
            AuthenticationException.class,
            () ->
                signIn.withPassword(
                    SignInIdentifier.username("alice"),
                    "not-it-at-all",
                    TokenRequest.NONE,
                    ORIGIN));
    AuthenticationException unknown =
        assertThrows(
            AuthenticationException.class,
            () ->
                signIn.withPassword(
                    SignInIdentifier.username("bob"), "not-it-at-all", TokenRequest.NONE, ORIGIN));

    assertEquals(ErrorKind.CREDENTIALS_INVALID, wrong.kind());
    assertEquals(ErrorKind.CREDENTIALS_INVALID, unknown.kind());
    assertEquals(List.of("verify", "decoy"), hashing);
    assertEquals(2, guesses.stream().filter(guess -> guess.endsWith(" wrong")).count());
    assertEquals(List.of(), audit.rows);
    assertEquals(List.of(), sessions.work);
  }

  @Test
  void aSignInTooBusyToCheckItsPasswordCountsNoFailure() {
    alice();
    hashesBusy = true;

    TooManyRequestsException busy =
        assertThrows(
            TooManyRequestsException.class,
            () ->
                signIn.withPassword(
                    SignInIdentifier.username("alice"), "any-password", TokenRequest.NONE, ORIGIN));

    assertEquals(ErrorKind.PASSWORD_CHECKS_BUSY, busy.kind());
    assertFalse(guesses.stream().anyMatch(guess -> guess.endsWith(" wrong")));
  }

  @Test
  void aSignInArrivingWhileTheHashQueueIsFullIsTurnedAwayBeforeAnyGuessIsCounted() {
    alice();
    queueFull = true;

    assertThrows(
        TooManyRequestsException.class,
        () ->
            signIn.withPassword(
                SignInIdentifier.username("alice"), "any-password", TokenRequest.NONE, ORIGIN));

    assertEquals(List.of(), guesses);
    assertEquals(List.of(), hashing);
  }

  @Test
  void aWrongCodeCountsAsAWrongGuessAndAPhoneWithoutAnAccountDoesNot() {
    codes.sent(PHONE, SmsChannel.CHANNEL_LOGIN, "123456");

    assertThrows(
        BusinessException.class,
        () -> signIn.withCode(PHONE, "654321", false, TokenRequest.NONE, ORIGIN));
    AuthenticationException noAccount =
        assertThrows(
            AuthenticationException.class,
            () -> signIn.withCode(PHONE, "123456", true, TokenRequest.NONE, ORIGIN));

    assertEquals(ErrorKind.USER_NOT_FOUND, noAccount.kind());
    String phoneKey = SignInIdentifier.of(PHONE).lockoutKey();
    assertEquals(List.of(phoneKey + " wrong", phoneKey + " not counted"), guesses);
    assertFalse(codes.isSpent(PHONE, SmsChannel.CHANNEL_LOGIN));
  }

  @Test
  void aRightCodeSignsInTheAccountOfThePhone() {
    User owner = User.withPhone(PHONE, SignUpProfile.NONE, NOW);
    users.add(owner);
    codes.sent(PHONE, SmsChannel.CHANNEL_LOGIN, "123456");

    signIn.withCode(PHONE, "123456", false, TokenRequest.NONE, ORIGIN);

    assertTrue(codes.isSpent(PHONE, SmsChannel.CHANNEL_LOGIN));
    assertEquals(List.of("SIGN_IN_BY_CODE"), audit.rows);
    assertEquals(List.of("open PHONE_CODE for " + owner.id()), sessions.work);
    assertEquals(1, transactions.opened);
  }

  @Test
  void aPasswordChangeChecksTheOldOneAsAGuessAndHashesOutsideTheTransaction() {
    User alice = alice();
    Authenticated caller = new Authenticated(alice.id(), "session-1");

    assertThrows(
        AuthenticationException.class,
        () -> signIn.changePassword(caller, "not-it-at-all", "a-new-password", ORIGIN));
    signIn.changePassword(caller, "secret-" + alice.id(), "a-new-password", ORIGIN);

    assertEquals(List.of("verify", "verify", "hash"), hashing);
    assertEquals(List.of(alice.lockoutKey() + " wrong", alice.lockoutKey() + " right"), guesses);
    assertEquals(List.of("CHANGE_PASSWORD"), audit.rows);
    assertEquals(List.of("keep session-1"), sessions.work);
    assertEquals(1, transactions.opened);
  }

  @Test
  void aFirstPasswordOutsideAFreshCodeSignInIsRefusedBeforeAnyHash() {
    User phoneOnly = User.withPhone(PHONE, SignUpProfile.NONE, NOW);
    users.add(phoneOnly);

    AuthenticationException refused =
        assertThrows(
            AuthenticationException.class,
            () ->
                signIn.changePassword(
                    new Authenticated(phoneOnly.id(), null), null, "a-new-password", ORIGIN));

    assertEquals(ErrorKind.FIRST_PASSWORD_NEEDS_FRESH_CODE_SIGN_IN, refused.kind());
    assertEquals(List.of(), hashing);
  }
}
