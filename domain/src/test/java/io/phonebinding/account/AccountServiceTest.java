package io.phonebinding.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.abuse.SignUpLimiter;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.RequestOrigin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A sign-up refused because too many password checks are under way leaves nothing that counts
 * against anyone: its counted sign-up is taken back.
 */
class AccountServiceTest {

  private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.7", "test", Locale.US);

  /** Reservations and attempts held in memory, as the database would hold them. */
  private final Set<Long> failures = new HashSet<>();

  private final Set<Long> signUpAttempts = new HashSet<>();
  private final AtomicLong ids = new AtomicLong();

  /** What reached the database: lookups, reservations and counted attempts. */
  private final List<String> databaseWork = new ArrayList<>();

  /** Whether the hashes' queue is full already when a request arrives. */
  private boolean queueFull;

  private AccountService serviceWhoseHashesAreAllBusy() {
    AccountService service = new AccountService();
    service.clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
    service.settings =
        new AccountSettings() {
          @Override
          public int passwordMinLength() {
            return 8;
          }
        };
    service.users =
        new UserRepository() {
          @Override
          public Optional<User> findByUsernameKey(String usernameKey) {
            return Optional.empty();
          }
        };
    service.newAccounts =
        new NewAccounts() {
          @Override
          public void refuseIfTaken(String username, String email) {
            databaseWork.add("look up " + username);
          }
        };
    service.passwords =
        new PasswordHasher() {
          @Override
          public String hash(String password) {
            throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
          }

          @Override
          public boolean matches(String password, String storedHash) {
            throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
          }

          @Override
          public void refuseIfQueueFull() {
            if (queueFull) {
              throw new TooManyRequestsException(ErrorKind.PASSWORD_CHECKS_BUSY, 1);
            }
          }
        };
    service.signUps =
        new SignUpLimiter() {
          @Override
          public long admit(String clientIp, Instant now) {
            databaseWork.add("count a sign-up from " + clientIp);
            long id = ids.incrementAndGet();
            signUpAttempts.add(id);
            return id;
          }

          @Override
          public void cancel(long attemptId) {
            signUpAttempts.remove(attemptId);
          }
        };
    return service;
  }

  @Test
  void aSignUpTooBusyToHashCountsNoAttempt() {
    AccountService service = serviceWhoseHashesAreAllBusy();

    TooManyRequestsException busy =
        assertThrows(
            TooManyRequestsException.class,
            () -> service.signUp("alice", null, "long-enough-1", ORIGIN));

    assertEquals(ErrorKind.PASSWORD_CHECKS_BUSY, busy.kind());
    assertEquals(Set.of(), signUpAttempts);
  }

  @Test
  void aSignUpArrivingWhileTheHashQueueIsFullIsTurnedAwayBeforeTheDatabase() {
    AccountService service = serviceWhoseHashesAreAllBusy();
    queueFull = true;

    TooManyRequestsException busy =
        assertThrows(
            TooManyRequestsException.class,
            () -> service.signUp("alice", null, "long-enough-1", ORIGIN));

    assertEquals(ErrorKind.PASSWORD_CHECKS_BUSY, busy.kind());
    assertEquals(List.of(), databaseWork);
  }
}
