package io.phonebinding.abuse;

import io.phonebinding.audit.RequestOrigin;
import io.phonebinding.config.Settings;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Enforces the send caps from the shared database, so they hold across restarts and across
 * servers. Runs inside the send transaction after the phone's code row is locked, which makes the
 * per-phone caps exact; per-IP and per-account counts can overshoot by the number of sends racing
 * at the same instant.
 */
@ApplicationScoped
public class SendLimiter {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  @PersistenceContext EntityManager entityManager;

  @Inject Settings settings;

  /** Refuses SMS that is switched off or to a region outside the allow-list. */
  public void checkDestination(PhoneNumber phone) {
    SendLimits limits = settings.sendLimits();
    if (!limits.smsEnabled()) {
      throw new SmsRefusedException(ErrorKind.SMS_DISABLED);
    }
    if (!limits.allowsRegion(phone.regionCode())) {
      throw new SmsRefusedException(ErrorKind.SMS_COUNTRY_NOT_ALLOWED);
    }
  }

  /**
   * Counts one send against every cap, or refuses it.
   *
   * @throws TooManyRequestsException with the seconds until the first full cap has room
   */
  public void admit(
      PhoneNumber phone, String channel, RequestOrigin origin, Optional<String> userId, Instant now) {
    SendLimits limits = settings.sendLimits();
    refuseIfPhoneFull(phone, limits, now);
    refuseIfFull(SmsSend.WINDOW_BY_IP, origin.clientIp(), HOUR, limits.perIpPerHour(), ErrorKind.SMS_IP_LIMIT, now);
    if (userId.isPresent()) {
      refuseIfFull(SmsSend.WINDOW_BY_USER, userId.get(), HOUR, limits.perAccountPerHour(), ErrorKind.SMS_ACCOUNT_LIMIT, now);
    }
    entityManager.persist(
        new SmsSend(phone.e164(), channel, origin.clientIp(), userId.orElse(null), now));
  }

  private void refuseIfPhoneFull(PhoneNumber phone, SendLimits limits, Instant now) {
    Object[] row =
        entityManager
            .createNamedQuery(SmsSend.WINDOWS_BY_PHONE, Object[].class)
            .setParameter("key", phone.e164())
            .setParameter("since", now.minus(DAY))
            .setParameter("hourSince", now.minus(HOUR))
            .getSingleResult();
    new SlidingWindow(count(row[2]), (Instant) row[3], HOUR)
        .refuseIfFull(limits.perPhonePerHour(), ErrorKind.SMS_PHONE_LIMIT, now);
    new SlidingWindow(count(row[0]), (Instant) row[1], DAY)
        .refuseIfFull(limits.perPhonePerDay(), ErrorKind.SMS_PHONE_LIMIT, now);
  }

  /** A count or sum, which SQL gives as null over no rows. */
  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private void refuseIfFull(
      String query, String key, Duration length, int cap, ErrorKind kind, Instant now) {
    SlidingWindow.of(entityManager, query, key, length, now).refuseIfFull(cap, kind, now);
  }
}
