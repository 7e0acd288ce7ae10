package io.phonebinding.operator;

import io.phonebinding.account.OneTimeTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * An operator's access key: its id, a name that the audit trail shows, its scope and the SHA-256 of
 * its secret ({@link OneTimeTokens#hash}: a 256-bit random value needs no slow hash). Revoked, it
 * opens nothing again, and the management tokens issued to it end.
 */
@Entity
@Table(name = "access_keys")
public class AccessKey {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "name", nullable = false, length = 64)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false, length = 16)
  private AccessKeyScope scope;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AccessKey() {}

  /** A new key, made by an operator at runtime; only the hash of its secret is kept. */
  AccessKey(String id, String name, AccessKeyScope scope, String secret, Instant now) {
    this.id = id;
    this.name = name;
    this.scope = scope;
    this.secretHash = OneTimeTokens.hash(secret);
    this.createdAt = now;
  }

  AccessKey(ConfiguredKey configured, Instant now) {
    this.id = configured.id();
    this.name = configured.name();
    this.scope = configured.scope();
    this.secretHash = configured.secretHash();
    this.createdAt = now;
  }

  /** Whether the secret is this key's, compared in constant time. */
  boolean opensWith(String secret) {
    return MessageDigest.isEqual(
        OneTimeTokens.hash(secret).getBytes(StandardCharsets.US_ASCII),
        secretHash.getBytes(StandardCharsets.US_ASCII));
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  boolean isRevoked() {
    return revokedAt != null;
  }

  Operator asOperator() {
    return new Operator(id, name, scope);
  }

  public String id() {
    return id;
  }
}
