package io.phonebinding.abuse;

import io.phonebinding.phone.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A block of 1,000 numbers (a number's E.164 form without its last 3 digits) with the codes sent to
 * it and used from it, and whether it is blocked: many codes sent and few used is what SMS pumping
 * looks like, where someone makes a service text numbers whose fees they collect.
 */
@Entity
@Table(name = "number_blocks")
@NamedQuery(
    name = NumberBlock.BLOCKED,
    query = "select b from NumberBlock b where b.blockedUntil > :now order by b.blockedUntil desc")
public class NumberBlock {

  static final String BLOCKED = "NumberBlock.blocked";

  @Id
  @Column(name = "block", length = 16)
  private String block;

  @Column(name = "region", nullable = false, length = 4)
  private String region;

  @Embedded private HourlyTraffic traffic;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected NumberBlock() {}

  NumberBlock(PhoneNumber phone, Instant now) {
    this.block = keyOf(phone);
    this.region = phone.regionCode();
    this.traffic = new HourlyTraffic(now);
  }

  /** {@code +8618812345678} is in the block {@code +8618812345}. */
  static String keyOf(PhoneNumber phone) {
    String e164 = phone.e164();
    return e164.substring(0, e164.length() - 3);
  }

  /** How long the block stays blocked, if it is. */
  Optional<Duration> blockedFor(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now)
        ? Optional.of(Duration.between(now, blockedUntil))
        : Optional.empty();
  }

  /**
   * Counts a code sent and blocks the range when it now looks pumped: at least {@code rule}'s sends
   * this clock hour and the last, of which fewer than its share were used.
   *
   * @return whether this send blocked the range (it is still sent: the rule lets that many through)
   */
  boolean countSend(RangeRule rule, Instant now) {
    traffic.moveTo(now);
    traffic.countSend();
    if (blockedFor(now).isEmpty()
        && rule.looksPumped(traffic.recentSends(now), traffic.recentUses(now))) {
      blockedUntil = now.plus(rule.blockFor());
      return true;
    }
    return false;
  }

  void countUse(Instant now) {
    traffic.moveTo(now);
    traffic.countUse();
  }

  /** The block as the operator and the audit trail see it, its counts read at {@code now}. */
  BlockedRange asBlocked(Instant now) {
    return new BlockedRange(
        block, region, traffic.recentSends(now), traffic.recentUses(now), blockedUntil);
  }
}
