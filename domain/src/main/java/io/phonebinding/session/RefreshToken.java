package io.phonebinding.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refresh token, stored as its SHA-256; spent by its one use. */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(
    name = RefreshToken.SPEND,
    query =
        "update RefreshToken t set t.spentAt = :now"
            + " where t.tokenHash = :tokenHash and t.spentAt is null")
public class RefreshToken {

  static final String SPEND = "RefreshToken.spend";

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "session_id", nullable = false, length = 36)
  private String sessionId;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "spent_at")
  private Instant spentAt;

  protected RefreshToken() {}

  RefreshToken(String tokenHash, String sessionId, Instant now) {
    this.tokenHash = tokenHash;
    this.sessionId = sessionId;
    this.issuedAt = now;
  }

  String sessionId() {
    return sessionId;
  }
}
