package io.phonebinding.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The send caps, each by the hour and by the day, over sends held in memory: the first full cap
 * refuses with the wait until its window has room; a refused send is not counted.
 */
class SendLimiterTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final PhoneNumber PHONE = PhoneNumber.parse("18812345678", "+86", "CN");
  private static final PhoneNumber ANOTHER = PhoneNumber.parse("18887654321", "+86", "CN");

  private final List<SmsSend> sends = new ArrayList<>();
  private SendLimits limits = new SendLimits(true, Set.of("CN"), Set.of(), 2, 3, 4, 5, 10, 20);

  /** The operator's lists, by E.164 prefix. */
  private final Map<String, NumberList> lists = new HashMap<>();

  private final SendLimiter limiter = limiter();

  private SendLimiter limiter() {
    SendLimiter limiter = new SendLimiter();
    limiter.entityManager = memoryOf(sends);
    limiter.locks =
        new LimitLocks() {
          @Override
          public void lock(String key) {}
        };
    limiter.numberRules =
        new NumberRules() {
          @Override
          public Optional<NumberList> listOf(PhoneNumber phone) {
            List<String> ranges = NumberPrefix.rangesOf(phone);
            for (int i = ranges.size() - 1; i >= 0; i--) {
              if (lists.containsKey(ranges.get(i))) {
                return Optional.of(lists.get(ranges.get(i)));
              }
            }
            return Optional.empty();
          }
        };
    limiter.settings =
        new LimitSettings() {
          @Override
          public SendLimits sendLimits() {
            return limits;
          }
        };
    return limiter;
  }

  private void send(PhoneNumber phone, String ip, Instant at) {
    limiter.admit(
        phone.e164(),
        "CHANNEL_LOGIN",
        new RequestOrigin(ip, "test", Locale.US),
        Optional.empty(),
        at);
  }

  @Test
  void aPhonesHourlyCapRefusesWithTheWaitUntilItsOldestSendLeavesTheHour() {
    send(PHONE, "198.51.100.1", NOW.minusSeconds(600));
    send(PHONE, "198.51.100.2", NOW.minusSeconds(60));

    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> send(PHONE, "198.51.100.3", NOW));

    assertEquals(ErrorKind.SMS_PHONE_LIMIT, refused.kind());
    assertEquals(3000L, refused.retryAfterSeconds());
    assertEquals(2, sends.size());
  }

  @Test
  void aPhonesDailyCapCountsSendsOlderThanAnHour() {
    send(PHONE, "198.51.100.1", NOW.minus(Duration.ofHours(5)));
    send(PHONE, "198.51.100.2", NOW.minus(Duration.ofHours(3)));
    send(PHONE, "198.51.100.3", NOW.minus(Duration.ofHours(2)));

    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> send(PHONE, "198.51.100.4", NOW));

    assertEquals(ErrorKind.SMS_PHONE_LIMIT, refused.kind());
    assertEquals(Duration.ofHours(19).toSeconds(), refused.retryAfterSeconds());
  }

  @Test
  void oneNetworkIsCappedAcrossPhones() {
    for (int i = 0; i < 4; i++) {
      send(i % 2 == 0 ? PHONE : ANOTHER, "2001:db8::" + i, NOW.minusSeconds(100L * (i + 1)));
    }

    TooManyRequestsException refused =
        assertThrows(
            TooManyRequestsException.class,
            () -> send(PhoneNumber.parse("18811112222", "+86", "CN"), "2001:db8::99", NOW));

    assertEquals(ErrorKind.SMS_IP_LIMIT, refused.kind());
  }

  @Test
  void smsSwitchedOffOrToAnotherRegionIsRefused() {
    assertEquals(
        ErrorKind.SMS_COUNTRY_NOT_ALLOWED,
        assertThrows(
                SmsRefusedException.class,
                () -> limiter.checkDestination(PhoneNumber.parse("2025550123", "+1", "US")))
            .kind());
    limits = new SendLimits(false, Set.of("*"), Set.of(), 2, 3, 4, 5, 10, 20);
    assertEquals(
        ErrorKind.SMS_DISABLED,
        assertThrows(SmsRefusedException.class, () -> limiter.checkDestination(PHONE)).kind());
  }

  @Test
  void numbersOfKindsThatTakeNoCodesAreRefusedAndVoipByRegion() {
    limits = new SendLimits(true, Set.of("*"), Set.of("GB"), 2, 3, 4, 5, 10, 20);
    for (String premiumOrLandline :
        new String[] {
          "+86 168 12345", "+44 909 8790000", "010 1234 5678", "+1 800 234 5678", "+31 85 123 4567"
        }) {
      SmsRefusedException refused =
          assertThrows(
              SmsRefusedException.class,
              () -> limiter.checkDestination(PhoneNumber.parse(premiumOrLandline, null, "CN")),
              premiumOrLandline);
      assertEquals(ErrorKind.SMS_NUMBER_TYPE_REFUSED, refused.kind());
      assertEquals(
          PhoneNumber.parse(premiumOrLandline, null, "CN").type().name(),
          refused.data().get("numberType"));
    }
    limiter.checkDestination(PhoneNumber.parse("+44 56 1234 5678", null, "CN"));
    limiter.checkDestination(PHONE);
    limiter.checkDestination(PhoneNumber.parse("2025550123", "+1", "US"));
  }

  @Test
  void aBlockedRangeIsRefusedAndASafeNumberPassesTheCountryRule() {
    PhoneNumber american = PhoneNumber.parse("2025550123", "+1", "US");
    lists.put("+1202555", NumberList.SAFE);
    limiter.checkDestination(american);

    lists.put("+1202555012", NumberList.BLOCK);
    assertEquals(
        ErrorKind.SMS_NUMBER_BLOCKED,
        assertThrows(SmsRefusedException.class, () -> limiter.checkDestination(american)).kind());

    lists.put(american.e164(), NumberList.SAFE);
    limiter.checkDestination(american); // the longest prefix listed decides
    lists.put("+86188", NumberList.BLOCK);
    assertEquals(
        ErrorKind.SMS_NUMBER_BLOCKED,
        assertThrows(SmsRefusedException.class, () -> limiter.checkDestination(PHONE)).kind());
  }

  /** Answers the limiter's window queries over the sends it persisted. */
  private static EntityManager memoryOf(List<SmsSend> sends) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "persist" -> {
                    sends.add((SmsSend) args[0]);
                    yield null;
                  }
                  case "createNamedQuery" -> windowQuery((String) args[0], sends);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static TypedQuery<?> windowQuery(String name, List<SmsSend> sends) {
    String keyField =
        Map.of(
                SmsSend.WINDOWS_BY_PHONE, "destination",
                SmsSend.WINDOWS_BY_IP, "clientIp",
                SmsSend.WINDOWS_BY_USER, "userId")
            .get(name);
    Map<String, Object> parameters = new HashMap<>();
    return (TypedQuery<?>)
        Proxy.newProxyInstance(
            TypedQuery.class.getClassLoader(),
            new Class<?>[] {TypedQuery.class},
            (query, method, args) -> {
              if (method.getName().equals("setParameter")) {
                parameters.put((String) args[0], args[1]);
                return query;
              }
              List<Instant> day = timesSince(sends, keyField, parameters, "since");
              List<Instant> hour = timesSince(sends, keyField, parameters, "hourSince");
              return new Object[] {
                (long) day.size(),
                day.isEmpty() ? null : day.get(0),
                (long) hour.size(),
                hour.isEmpty() ? null : hour.get(0)
              };
            });
  }

  private static List<Instant> timesSince(
      List<SmsSend> sends, String keyField, Map<String, Object> parameters, String since) {
    return sends.stream()
        .filter(send -> parameters.get("key").equals(field(send, keyField)))
        .map(send -> (Instant) field(send, "sentAt"))
        .filter(at -> at.isAfter((Instant) parameters.get(since)))
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private static Object field(SmsSend send, String name) {
    try {
      Field field = SmsSend.class.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(send);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
