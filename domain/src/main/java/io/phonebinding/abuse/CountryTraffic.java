package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A country's codes sent and used by the hour, and its usual hourly volume: an average of its past
 * hours in which each hour weighs 1/24 and the older ones fade, about a day's memory.
 */
@Entity
@Table(name = "country_traffic")
@NamedQuery(name = CountryTraffic.ALL, query = "select c from CountryTraffic c")
public class CountryTraffic {

  static final String ALL = "CountryTraffic.all";

  private static final double HOUR_WEIGHT = 1 / 24.0;

  @Id
  @Column(name = "region", length = 4)
  private String region;

  @Embedded private HourlyTraffic traffic;

  @Column(name = "usual_per_hour", nullable = false)
  private double usualPerHour;

  protected CountryTraffic() {}

  CountryTraffic(String region, Instant now) {
    this.region = region;
    this.traffic = new HourlyTraffic(now);
  }

  /** Adds counts from one server, moving the hour on first. */
  void add(long sends, long used, Instant now) {
    for (long endedHour : traffic.moveTo(now)) {
      usualPerHour += (endedHour - usualPerHour) * HOUR_WEIGHT;
    }
    traffic.add(sends, used);
  }

  /**
   * Whether the last hour's sends are at least {@code minSends} and more than {@code factor} times
   * the usual hour's.
   */
  boolean isSurging(Instant now, int minSends, double factor) {
    double sends = traffic.sendsInLastHour(now);
    return sends >= minSends && sends > factor * usualPerHour;
  }

  long sendsInLastHour(Instant now) {
    return Math.round(traffic.sendsInLastHour(now));
  }

  String region() {
    return region;
  }

  double usualPerHour() {
    return usualPerHour;
  }
}
