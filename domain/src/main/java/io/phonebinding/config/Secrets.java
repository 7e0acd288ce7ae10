package io.phonebinding.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for signing tokens and hashing codes, derived from one master secret. The operator sets
 * {@code PHONEBIND_SECRET}; without it the first server generates a random master secret and stores
 * it in the database, so a fresh install is safe and all servers sharing the database agree on it.
 */
@ApplicationScoped
public class Secrets {

  private static final String MASTER = "master";

  @Inject Settings settings;

  @Inject SecretStore store;

  private byte[] master;

  @PostConstruct
  void load() {
    master =
        settings
            .secret()
            .map(value -> value.getBytes(StandardCharsets.UTF_8))
            .orElseGet(this::storedMasterSecret);
  }

  private byte[] storedMasterSecret() {
    String stored;
    try {
      stored = store.loadOrCreate(MASTER);
    } catch (Exception concurrentlyCreated) {
      // Another server created it between our read and our insert: theirs is the one to use. The
      // failed commit comes out of the transaction interceptor as a checked RollbackException.
      stored = store.loadOrCreate(MASTER);
    }
    return Base64.getDecoder().decode(stored);
  }

  /** A 256-bit key for one purpose; different purposes get independent keys. */
  public byte[] keyFor(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
