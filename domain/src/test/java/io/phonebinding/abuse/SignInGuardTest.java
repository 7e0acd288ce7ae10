package io.phonebinding.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What becomes of a guess's place under the caps, by the guess's outcome. */
class SignInGuardTest {

  private static final Predicate<BusinessException> WRONG_PASSWORD =
      refused -> refused.kind() == ErrorKind.CREDENTIALS_INVALID;

  private final List<String> work = new ArrayList<>();

  private SignInGuard guard() {
    SignInGuard guard = new SignInGuard();
    guard.places =
        new GuessPlaces() {
          @Override
          void prepare(String accountKey, String network) {}

          @Override
          OptionalLong take(String accountKey, String network, Instant now) {
            work.add("place for " + accountKey + " from " + network);
            return OptionalLong.of(7);
          }

          @Override
          void failed(long place) {
            work.add("failed " + place);
          }

          @Override
          void forget(long place) {
            work.add("forget " + place);
          }

          @Override
          void forgetFailures(String accountKey, long place) {
            work.add("forget failures of " + accountKey + " and " + place);
          }
        };
    guard.clock = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);
    return guard;
  }

  @Test
  void aRightGuessForgetsTheAccountsFailures() {
    assertEquals("in", guard().check("user:1", "203.0.113.9", () -> "in", WRONG_PASSWORD));

    assertEquals(
        List.of("place for user:1 from 203.0.113.9", "forget failures of user:1 and 7"), work);
  }

  @Test
  void aWrongGuessStaysCounted() {
    assertThrows(
        Refused.class,
        () ->
            guard()
                .check(
                    "user:1",
                    "203.0.113.9",
                    refusing(ErrorKind.CREDENTIALS_INVALID),
                    WRONG_PASSWORD));

    assertEquals(List.of("place for user:1 from 203.0.113.9", "failed 7"), work);
  }

  @Test
  void aGuessThatWasNeverCheckedIsTakenBack() {
    assertThrows(
        Refused.class,
        () ->
            guard()
                .check(
                    "user:1",
                    "203.0.113.9",
                    refusing(ErrorKind.PASSWORD_CHECKS_BUSY),
                    WRONG_PASSWORD));
    assertThrows(
        IllegalStateException.class,
        () ->
            guard()
                .check(
                    "user:1",
                    "203.0.113.9",
                    () -> {
                      throw new IllegalStateException("a fault");
                    },
                    WRONG_PASSWORD));

    assertEquals(
        List.of(
            "place for user:1 from 203.0.113.9",
            "forget 7",
            "place for user:1 from 203.0.113.9",
            "forget 7"),
        work);
  }

  @Test
  void anIpv6ClientIsCountedByItsNetwork() {
    guard().check("user:1", "2001:db8:1:2:3:4:5:6", () -> "in", WRONG_PASSWORD);

    assertEquals("place for user:1 from 2001:db8:1:2::/64", work.get(0));
  }

  private static java.util.function.Supplier<String> refusing(ErrorKind kind) {
    return () -> {
      throw new Refused(kind);
    };
  }

  private static final class Refused extends BusinessException {
    Refused(ErrorKind kind) {
      super(kind);
    }
  }
}
