package io.phonebinding.code;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import io.phonebinding.phone.SmsChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The live one-time code of one phone on one channel. There is at most one row per (phone,
 * channel): a newer code overwrites the older one. Only a keyed hash of the code is stored. The
 * code counts its own wrong tries, dies after the last one, and can be spent once.
 */
@Entity
@Table(name = "verification_codes")
@NamedQuery(
    name = VerificationCode.FIND_BY_PHONE_AND_CHANNEL,
    query = "select c from VerificationCode c where c.phone = :phone and c.channel = :channel")
public class VerificationCode {

  public static final String FIND_BY_PHONE_AND_CHANNEL = "VerificationCode.findByPhoneAndChannel";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "phone", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 40)
  private SmsChannel channel;

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

  protected VerificationCode() {}

  public VerificationCode(
      PhoneNumber phone,
      SmsChannel channel,
      String codeHash,
      Instant now,
      CodePolicy policy,
      String requestedIp,
      String ownerId) {
    this.phone = Objects.requireNonNull(phone);
    this.channel = Objects.requireNonNull(channel);
    replaceWith(codeHash, now, policy, requestedIp, ownerId);
  }

  /**
   * Overwrites this code with a freshly issued one; the older code stops working at once.
   *
   * @param ownerId the signed-in account that asked for it, or null
   */
  public final void replaceWith(
      String newCodeHash, Instant now, CodePolicy policy, String ip, String ownerId) {
    this.ownerId = ownerId;
    this.codeHash = Objects.requireNonNull(newCodeHash);
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(policy.timeToLive());
    this.attemptsLeft = policy.maxAttempts();
    this.consumedAt = null;
    this.requestedIp = ip;
  }

  /** Seconds the phone must still wait before another code on this channel; 0 when it may. */
  public long secondsUntilResendAllowed(Instant now, CodePolicy policy) {
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
   * the number's codes.
   *
   * @param callerId the signed-in account checking it, or null
   * @return {@link Verification#accepted()} or the reason for the refusal; a wrong candidate uses
   *     up one try, so the caller must keep that change even though it refuses the request
   */
  public Verification check(String candidateHash, Instant now, String callerId) {
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

  /**
   * Spends a code that passed {@link #check}; it cannot be used again. Callers spend it through
   * {@link VerificationCodeService#spend}, which tells that it was used.
   */
  void consume(Instant now) {
    if (consumedAt != null) {
      throw new IllegalStateException("code already consumed");
    }
    consumedAt = now;
  }

  /** Checks a candidate and spends the code when it matches. */
  public Verification verify(String candidateHash, Instant now, String callerId) {
    Verification verification = check(candidateHash, now, callerId);
    if (verification.isAccepted()) {
      consume(now);
    }
    return verification;
  }

  private static boolean constantTimeEquals(String expected, String candidate) {
    return MessageDigest.isEqual(
        expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  public PhoneNumber phone() {
    return phone;
  }

  public SmsChannel channel() {
    return channel;
  }

  public int attemptsLeft() {
    return attemptsLeft;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isConsumed() {
    return consumedAt != null;
  }
}
