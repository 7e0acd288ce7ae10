package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-up from a client IP, for the hourly cap. */
@Entity
@Table(name = "signup_attempts")
@NamedQuery(
    name = SignUpAttempt.WINDOW_BY_IP,
    query =
        "select count(a), min(a.attemptedAt) from SignUpAttempt a"
            + " where a.clientIp = :key and a.attemptedAt > :since")
public class SignUpAttempt {

  static final String WINDOW_BY_IP = "SignUpAttempt.windowByIp";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_ip", nullable = false, length = 64)
  private String clientIp;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  protected SignUpAttempt() {}

  SignUpAttempt(String clientIp, Instant attemptedAt) {
    this.clientIp = clientIp;
    this.attemptedAt = attemptedAt;
  }

  /** Known once persisted (IDENTITY). */
  Long id() {
    return id;
  }
}
