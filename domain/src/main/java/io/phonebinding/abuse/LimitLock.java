package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The row a limit's key is locked by while it is checked and counted. */
@Entity
@Table(name = "limit_locks")
public class LimitLock {

  @Id
  @Column(name = "lock_key", length = 300)
  private String key;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LimitLock() {}

  LimitLock(String key, Instant createdAt) {
    this.key = key;
    this.createdAt = createdAt;
  }
}
