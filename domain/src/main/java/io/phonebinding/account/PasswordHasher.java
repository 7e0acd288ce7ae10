package io.phonebinding.account;

import io.phonebinding.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Slow, salted password hashes: Jakarta Security's PBKDF2 with HMAC-SHA256. */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject Settings settings;

  /** A hash to verify against when an account is unknown, so both cases cost the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.passwordIterations()),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy-password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification without any account behind it. */
  public void verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
