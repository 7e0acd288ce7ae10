package io.phonebinding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** Reads a named server secret, creating a random one on first use. */
@ApplicationScoped
public class SecretStore {

  @PersistenceContext EntityManager entityManager;

  /** The Base64 value of the secret {@code name}, created (256 random bits) if missing. */
  @Transactional(TxType.REQUIRES_NEW)
  public String loadOrCreate(String name) {
    ServerSecret stored = entityManager.find(ServerSecret.class, name);
    if (stored == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      stored = new ServerSecret(name, Base64.getEncoder().encodeToString(fresh), Instant.now());
      entityManager.persist(stored);
    }
    return stored.value();
  }
}
