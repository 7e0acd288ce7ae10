package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.NumberType;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.ClientNetwork;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Enforces the send caps from the shared database, so they hold across restarts and across servers:
 * per phone or e-mail address (all channels together), per client IP (codes by SMS and by e-mail
 * together) (an IPv6 /64) and per account, each by the hour and by the day. Runs inside the send
 * transaction.
 */
@ApplicationScoped
public class SendLimiter {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  @PersistenceContext EntityManager entityManager;

  @Inject LimitSettings settings;

  @Inject LimitLocks locks;

  @Inject NumberRules numberRules;

  /**
   * Refuses SMS that is switched off, to a kind of number that takes no codes, to a number on the
   * operator's block list, or to a region outside the allow-list unless the number is on the
   * operator's safe list.
   *
   * @return whether the number is on the operator's safe list (exempt from the rules on ranges)
   */
  public boolean checkDestination(PhoneNumber phone) {
    SendLimits limits = settings.sendLimits();
    if (!limits.smsEnabled()) {
      throw new SmsRefusedException(ErrorKind.SMS_DISABLED);
    }
    checkNumberType(phone, limits);
    boolean safe = numberRules.checkNotBlocked(phone);
    if (!safe && !limits.allowsRegion(phone.regionCode())) {
      throw new SmsRefusedException(ErrorKind.SMS_COUNTRY_NOT_ALLOWED);
    }
    return safe;
  }

  /**
   * @throws SmsRefusedException with {@code SMS_NUMBER_TYPE_REFUSED} for a number whose kind of
   *     line takes no codes (read from the number plan, before anything is queued)
   */
  public void checkNumberType(PhoneNumber phone) {
    checkNumberType(phone, settings.sendLimits());
  }

  private static void checkNumberType(PhoneNumber phone, SendLimits limits) {
    NumberType type = phone.type();
    if (!limits.allowsNumberType(type, phone.regionCode())) {
      throw SmsRefusedException.numberType(type);
    }
  }

  /**
   * Makes the lock rows of a send's destination (a phone's E.164 form or an e-mail address), IP and
   * account; outside any transaction.
   */
  public void prepareLocks(String destination, RequestOrigin origin, Optional<String> userId) {
    locks.prepare(destinationLock(destination), ipLock(ClientNetwork.of(origin.clientIp())));
    userId.ifPresent(user -> locks.prepare(userLock(user)));
  }

  /**
   * Takes the destination's lock for the rest of the send transaction: sends to one phone or
   * address, on any channel and any server, run one after another, and a burst for one destination
   * waits on one short lock instead of racing.
   */
  public void lockDestination(String destination) {
    locks.lock(destinationLock(destination));
  }

  /**
   * Counts one send against every cap, or refuses it. Runs after {@link #lockDestination}; the IP's
   * and the account's rows are locked next (the order every send takes), so the caps are exact
   * however many sends race, on any channel and any server.
   *
   * @throws TooManyRequestsException with the seconds until the first full cap has room
   */
  public void admit(
      String destination,
      String channel,
      RequestOrigin origin,
      Optional<String> userId,
      Instant now) {
    SendLimits limits = settings.sendLimits();
    String network = ClientNetwork.of(origin.clientIp());
    locks.lock(ipLock(network));
    userId.ifPresent(user -> locks.lock(userLock(user)));
    refuseIfFull(
        SmsSend.WINDOWS_BY_PHONE,
        destination,
        now,
        limits.perPhonePerHour(),
        ErrorKind.SMS_PHONE_LIMIT,
        limits.perPhonePerDay(),
        ErrorKind.SMS_PHONE_LIMIT);
    refuseIfFull(
        SmsSend.WINDOWS_BY_IP,
        network,
        now,
        limits.perIpPerHour(),
        ErrorKind.SMS_IP_LIMIT,
        limits.perIpPerDay(),
        ErrorKind.SMS_IP_DAY_LIMIT);
    if (userId.isPresent()) {
      refuseIfFull(
          SmsSend.WINDOWS_BY_USER,
          userId.get(),
          now,
          limits.perAccountPerHour(),
          ErrorKind.SMS_ACCOUNT_LIMIT,
          limits.perAccountPerDay(),
          ErrorKind.SMS_ACCOUNT_DAY_LIMIT);
    }
    entityManager.persist(new SmsSend(destination, channel, network, userId.orElse(null), now));
  }

  /** The key's hour and day windows, read in one query, against their caps. */
  private void refuseIfFull(
      String query,
      String key,
      Instant now,
      int hourCap,
      ErrorKind hourKind,
      int dayCap,
      ErrorKind dayKind) {
    Object[] row =
        entityManager
            .createNamedQuery(query, Object[].class)
            .setParameter("key", key)
            .setParameter("since", now.minus(DAY))
            .setParameter("hourSince", now.minus(HOUR))
            .getSingleResult();
    new SlidingWindow(count(row[2]), (Instant) row[3], HOUR).refuseIfFull(hourCap, hourKind, now);
    new SlidingWindow(count(row[0]), (Instant) row[1], DAY).refuseIfFull(dayCap, dayKind, now);
  }

  private static String destinationLock(String destination) {
    return "send-to:" + destination;
  }

  private static String ipLock(String network) {
    return "sms-ip:" + network;
  }

  private static String userLock(String userId) {
    return "sms-user:" + userId;
  }

  /** A count or sum, which SQL gives as null over no rows. */
  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
