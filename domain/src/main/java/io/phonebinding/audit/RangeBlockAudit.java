package io.phonebinding.audit;

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
    entityManager.persist(
        AuditEvent.byService(
            AuditAction.NUMBER_RANGE_BLOCKED,
            blocked.masked(),
            blocked.origin(),
            blocked.sends()
                + " codes sent and "
                + blocked.used()
                + " used this clock hour and the last; blocked until "
                + blocked.until(),
            clock.instant()));
  }
}
