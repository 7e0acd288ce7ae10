package io.phonebinding.code;

import io.phonebinding.error.ErrorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The secret part of a live one-time code, whatever it was sent to (a phone, an e-mail address):
 * only a keyed hash of the code, its lifetime, the tries left, and whether it was spent. The code
 * counts its own wrong tries, dies after the last one, and can be spent once.
 */
@Embeddable
public class OneTimeCode {

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "attempts_left", nullable = false)
  private int attemptsLeft;

  @Column(name = "consumed_at")
  private Instant consumedAt;

  @Column(name = "requested_ip", length = 64)
  private String requestedIp;

  /** The signed-in account that asked for it; null when it was asked for without a token. */
  @Column(name = "user_id", length = 36)
  private String ownerId;

  protected OneTimeCode() {}

  OneTimeCode(String codeHash, Instant now, CodePolicy policy, String requestedIp, String ownerId) {
    replaceWith(codeHash, now, policy, requestedIp, ownerId);
  }

  /** Overwrites it with a freshly issued code; the older one stops working at once. */
  final void replaceWith(
      String newCodeHash, Instant now, CodePolicy policy, String ip, String ownerId) {
    this.ownerId = ownerId;
    this.codeHash = Objects.requireNonNull(newCodeHash);
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(policy.timeToLive());
    this.attemptsLeft = policy.maxAttempts();
    this.consumedAt = null;
    this.requestedIp = ip;
  }

  /** Seconds to wait before another code may be sent to the same place; 0 when it may. */
  long secondsUntilResendAllowed(Instant now, CodePolicy policy) {
    Duration wait = Duration.between(now, createdAt.plus(policy.resendInterval()));
    if (wait.isNegative() || wait.isZero()) {
      return 0;
    }
    // Round up, so a client that waits the advertised time is never refused.
    return (wait.toMillis() + 999) / 1000;
  }

  /**
   * Checks a candidate (already hashed the same way) without spending the code.
   *
   * <p>A code asked for by a signed-in account answers only that account: anyone else is told the
   * code is wrong and spends none of its tries. A used, expired or dead code says so only to a
   * caller who has the code itself; to a guess it is just wrong, so a stranger learns nothing about
   * the codes sent.
   *
   * @param callerId the signed-in account checking it, or null
   * @return {@link Verification#accepted()} or the reason for the refusal; a wrong candidate uses
   *     up one try, so the caller must keep that change even though it refuses the request
   */
  Verification check(String candidateHash, Instant now, String callerId) {
    boolean matches = constantTimeEquals(codeHash, candidateHash);
    if (ownerId != null && !ownerId.equals(callerId)) {
      return Verification.refused(ErrorKind.CODE_INCORRECT);
    }
    if (consumedAt != null) {
      return Verification.refused(matches ? ErrorKind.CODE_ALREADY_USED : ErrorKind.CODE_INCORRECT);
    }
    if (attemptsLeft <= 0) {
      return Verification.refused(
          matches ? ErrorKind.CODE_TOO_MANY_ATTEMPTS : ErrorKind.CODE_INCORRECT);
    }
    if (!now.isBefore(expiresAt)) {
      return Verification.refused(matches ? ErrorKind.CODE_EXPIRED : ErrorKind.CODE_INCORRECT);
    }
    if (!matches) {
      // The guess that uses up the last try answers like any other: no hint that a code lives.
      attemptsLeft--;
      return Verification.refused(ErrorKind.CODE_INCORRECT);
    }
    return Verification.accepted();
  }

  /** Spends a code that passed {@link #check}; it cannot be used again. */
  void consume(Instant now) {
    if (consumedAt != null) {
      throw new IllegalStateException("code already consumed");
    }
    consumedAt = now;
  }

  private static boolean constantTimeEquals(String expected, String candidate) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        candidate.getBytes(StandardCharsets.US_ASCII));
  }

  int attemptsLeft() {
    return attemptsLeft;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  boolean isConsumed() {
    return consumedAt != null;
  }
}
