package io.phonebinding.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/** Adds a configured key in a transaction of its own, so one lost race spoils no other. */
@ApplicationScoped
class AccessKeyWriter {

  @PersistenceContext EntityManager entityManager;

  @Transactional(TxType.REQUIRES_NEW)
  void addIfAbsent(ConfiguredKey key, Instant now) {
    if (entityManager.find(AccessKey.class, key.id()) == null) {
      entityManager.persist(new AccessKey(key, now));
      entityManager.flush();
    }
  }
}
