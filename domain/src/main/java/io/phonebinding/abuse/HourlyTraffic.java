package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Codes sent and codes used, counted by the clock hour: this hour's and the last one's. Read either
 * as both hours together ({@link #recentSends}: never fewer than in the last sixty minutes, so a
 * burst across the hour's turn counts whole) or as an estimate of the last sixty minutes ({@link
 * #sendsInLastHour}: the last hour weighed by its part still within them).
 */
@Embeddable
public class HourlyTraffic {

  private static final Duration HOUR = Duration.ofHours(1);

  @Column(name = "hour_start", nullable = false)
  private Instant hourStart;

  @Column(name = "sends", nullable = false)
  private long sends;

  @Column(name = "codes_used", nullable = false)
  private long used;

  @Column(name = "previous_sends", nullable = false)
  private long previousSends;

  @Column(name = "previous_used", nullable = false)
  private long previousUsed;

  protected HourlyTraffic() {}

  HourlyTraffic(Instant now) {
    this.hourStart = now.truncatedTo(ChronoUnit.HOURS);
  }

  /**
   * Moves the counts on to the hour of {@code now}.
   *
   * @return the sends of every hour that ended since the counts were last moved, oldest first
   *     (hours without a send included), for a country's usual volume
   */
  long[] moveTo(Instant now) {
    Instant hour = now.truncatedTo(ChronoUnit.HOURS);
    if (!hour.isAfter(hourStart)) {
      return new long[0];
    }
    long hoursGone = Math.min(Duration.between(hourStart, hour).toHours(), 24 * 7);
    long[] ended = new long[(int) hoursGone];
    ended[0] = sends;
    boolean lastHourWasCounted = hoursGone == 1;
    previousSends = lastHourWasCounted ? sends : 0;
    previousUsed = lastHourWasCounted ? used : 0;
    sends = 0;
    used = 0;
    hourStart = hour;
    return ended;
  }

  void countSend() {
    sends++;
  }

  void countUse() {
    used++;
  }

  void add(long moreSends, long moreUsed) {
    sends += moreSends;
    used += moreUsed;
  }

  /** Codes sent this clock hour and the last, whenever the counts were last moved. */
  long recentSends(Instant now) {
    return recent(sends, previousSends, now);
  }

  /** Codes used this clock hour and the last, whenever the counts were last moved. */
  long recentUses(Instant now) {
    return recent(used, previousUsed, now);
  }

  private long recent(long thisHour, long lastHour, Instant now) {
    Instant hour = now.truncatedTo(ChronoUnit.HOURS);
    if (hour.equals(hourStart)) {
      return thisHour + lastHour;
    }
    return hour.minus(HOUR).equals(hourStart) ? thisHour : 0;
  }

  /** Codes sent in the hour up to {@code now} (estimated), whenever the counts were last moved. */
  double sendsInLastHour(Instant now) {
    return inLastHour(sends, previousSends, now);
  }

  private double inLastHour(long thisHour, long lastHour, Instant now) {
    Instant hour = now.truncatedTo(ChronoUnit.HOURS);
    double stillInWindow = 1 - Duration.between(hour, now).toMillis() / (double) HOUR.toMillis();
    if (hour.equals(hourStart)) {
      return thisHour + lastHour * stillInWindow;
    }
    if (hour.minus(HOUR).equals(hourStart)) {
      return thisHour * stillInWindow;
    }
    return 0;
  }
}
