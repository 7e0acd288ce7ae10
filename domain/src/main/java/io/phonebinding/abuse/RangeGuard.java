package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The defence against SMS pumping: a block of 1,000 numbers that gets many codes and uses few is
 * blocked for a while, and a country well above its usual volume is held to a stricter rule or
 * refused ({@link RangeSettings}). A send costs one indexed query here, the block's row read under
 * its lock, so concurrent sends to one block, on any server, are counted one after another. Numbers
 * on the operator's safe list are not counted.
 */
@ApplicationScoped
public class RangeGuard {

  @PersistenceContext EntityManager entityManager;

  @Inject RangeSettings settings;

  @Inject CountryVolumes countries;

  @Inject Event<RangeBlocked> blocked;

  @Inject Event<CountryCount> counted;

  @Inject Clock clock;

  /**
   * Counts a code about to be sent, in the send's transaction, or refuses it.
   *
   * @throws SmsRefusedException with {@code SMS_RANGE_BLOCKED} (and {@code retryAfterSeconds}) for
   *     a blocked range, {@code SMS_COUNTRY_SURGE} for a country in a surge that is refused
   * @throws TooManyRequestsException when another send counted the range's first code a moment ago
   */
  @Transactional(TxType.MANDATORY)
  public void admit(PhoneNumber phone, RequestOrigin origin, Instant now) {
    RangeRule rule = settings.rule();
    if (countries.isSurging(phone.regionCode())) {
      switch (settings.surgeAction()) {
        case REFUSE -> throw new SmsRefusedException(ErrorKind.SMS_COUNTRY_SURGE);
        case STRICT -> rule = rule.withSendsPerHour(settings.strictSendsPerHour());
        case OFF -> {
          // counted as usual
        }
      }
    }
    NumberBlock block = lockedBlock(phone, now);
    Optional<Duration> left = block.blockedFor(now);
    if (left.isPresent()) {
      throw SmsRefusedException.rangeBlocked(left.get());
    }
    if (block.countSend(rule, now)) {
      blocked.fire(new RangeBlocked(block.asBlocked(now), origin));
    }
    counted.fire(new CountryCount(phone.regionCode(), false));
  }

  /** The number's block, locked until the transaction ends; null when it has no row yet. */
  private NumberBlock lockBlockOf(PhoneNumber phone) {
    return entityManager.find(
        NumberBlock.class, NumberBlock.keyOf(phone), LockModeType.PESSIMISTIC_WRITE);
  }

  /** The number's block, locked, made when it has no row yet. */
  private NumberBlock lockedBlock(PhoneNumber phone, Instant now) {
    NumberBlock block = lockBlockOf(phone);
    if (block != null) {
      return block;
    }
    block = new NumberBlock(phone, now);
    try {
      entityManager.persist(block);
      entityManager.flush();
    } catch (PersistenceException concurrentFirstSend) {
      // Another send counted this block's first code a moment ago; the caller may try again.
      throw new TooManyRequestsException(ErrorKind.SMS_TOO_FREQUENT, 1);
    }
    return block;
  }

  /** Counts a code used from the number, in the transaction that spends it. */
  @Transactional(TxType.MANDATORY)
  public void codeUsed(PhoneNumber phone, Instant now) {
    NumberBlock block = lockBlockOf(phone);
    if (block != null) {
      block.countUse(now);
    }
    counted.fire(new CountryCount(phone.regionCode(), true));
  }

  /** The blocks blocked now, for the operator. */
  @Transactional(TxType.SUPPORTS)
  public List<BlockedRange> blockedNow() {
    Instant now = clock.instant();
    return entityManager
        .createNamedQuery(NumberBlock.BLOCKED, NumberBlock.class)
        .setParameter("now", now)
        .getResultStream()
        .map(block -> block.asBlocked(now))
        .toList();
  }
}
