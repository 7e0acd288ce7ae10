package io.phonebinding.abuse;

import io.phonebinding.config.RepeatingTask;
import io.phonebinding.transaction.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each country's codes sent and used by the hour, summed across servers, and which countries are in
 * a surge. A send costs no query here: each server counts in memory what it committed and, every
 * {@code phonebind.abuse.country-surge.sync-seconds}, adds it to the countries' rows (row-locked,
 * so no count is lost) and reads every country back. A server sees the others' sends that much
 * later.
 */
@ApplicationScoped
public class CountryVolumes {

  private static final Logger LOG = Logger.getLogger(CountryVolumes.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject Transactions transactions;

  @Inject RangeSettings settings;

  @Inject Clock clock;

  @Inject Event<CountrySurge> surges;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Per region: codes sent and codes used, committed here and not yet added to its row. */
  private final Map<String, long[]> unsynced = new ConcurrentHashMap<>();

  private volatile Set<String> surging = Set.of();

  private final RepeatingTask syncing = new RepeatingTask(this::syncQuietly);

  void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CountryCount count) {
    unsynced.compute(
        count.region(),
        (region, counts) -> {
          long[] sum = counts == null ? new long[2] : counts;
          sum[count.used() ? 1 : 0]++;
          return sum;
        });
  }

  /** Whether the region's last hour is well above its usual, as last read. */
  public boolean isSurging(String region) {
    return surging.contains(region);
  }

  /** Starts the schedule; the schema must be up to date. A second call changes nothing. */
  public void start() {
    syncing.start(scheduler, settings.syncInterval());
  }

  @PreDestroy
  void stop() {
    syncing.stop();
  }

  /** Adds this server's counts to the countries' rows and reads which countries surge. */
  public void sync() {
    for (String region : List.copyOf(unsynced.keySet())) {
      long[] counts = unsynced.remove(region);
      if (counts == null) {
        continue;
      }
      try {
        transactions.runAlone(() -> add(region, counts));
      } catch (RuntimeException notAdded) {
        // Two servers made the country's first row at once, or the database is away: the counts
        // wait here for the next run.
        counted(region, counts);
        LOG.log(Level.FINE, "Counts of " + region + " not added yet", notAdded);
      }
    }
    surging = Set.copyOf(transactions.callAlone(this::readSurging));
  }

  private void counted(String region, long[] counts) {
    unsynced.merge(region, counts, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }

  private void add(String region, long[] counts) {
    Instant now = clock.instant();
    CountryTraffic traffic =
        entityManager.find(CountryTraffic.class, region, LockModeType.PESSIMISTIC_WRITE);
    if (traffic == null) {
      traffic = new CountryTraffic(region, now);
      entityManager.persist(traffic);
    }
    traffic.add(counts[0], counts[1], now);
  }

  private Set<String> readSurging() {
    Instant now = clock.instant();
    Set<String> regions = new HashSet<>();
    for (CountryTraffic country :
        entityManager.createNamedQuery(CountryTraffic.ALL, CountryTraffic.class).getResultList()) {
      if (country.isSurging(now, settings.surgeMinSends(), settings.surgeFactor())) {
        regions.add(country.region());
        if (!surging.contains(country.region())) {
          LOG.warning(
              () -> "SMS to " + country.region() + " is well above its usual hourly volume");
          surges.fire(
              new CountrySurge(
                  country.region(),
                  country.sendsInLastHour(now),
                  Math.round(country.usualPerHour())));
        }
      }
    }
    return regions;
  }

  private void syncQuietly() {
    try {
      sync();
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "Adding up the countries' SMS volume failed; the next run retries",
          failed);
    }
  }
}
