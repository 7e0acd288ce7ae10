package io.phonebinding.audit;

import io.phonebinding.abuse.BlockedRange;
import io.phonebinding.abuse.RangeBlocked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes a block of numbers blocked as pumped into the audit trail, in the send's transaction. */
@ApplicationScoped
public class RangeBlockAudit {

  @PersistenceContext EntityManager entityManager;

  @Inject Clock clock;

  void record(@Observes RangeBlocked blocked) {
    BlockedRange range = blocked.range();
    entityManager.persist(
        AuditEvent.byService(
            AuditAction.NUMBER_RANGE_BLOCKED,
            range.masked(),
            blocked.origin(),
            range.sends()
                + " codes sent and "
                + range.used()
                + " used this clock hour and the last; blocked until "
                + range.until(),
            clock.instant()));
  }
}
