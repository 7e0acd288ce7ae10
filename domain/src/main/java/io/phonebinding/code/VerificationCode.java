package io.phonebinding.code;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import io.phonebinding.phone.SmsChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The live one-time code of one phone on one channel. There is at most one row per (phone,
 * channel): a newer code overwrites the older one. What makes it a code is its {@link OneTimeCode}.
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

  @Embedded private OneTimeCode code;

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
    this.code = new OneTimeCode(codeHash, now, policy, requestedIp, ownerId);
  }

  /**
   * Overwrites this code with a freshly issued one; the older code stops working at once.
   *
   * @param ownerId the signed-in account that asked for it, or null
   */
  public final void replaceWith(
      String newCodeHash, Instant now, CodePolicy policy, String ip, String ownerId) {
    code.replaceWith(newCodeHash, now, policy, ip, ownerId);
  }

  /** Seconds the phone must still wait before another code on this channel; 0 when it may. */
  public long secondsUntilResendAllowed(Instant now, CodePolicy policy) {
    return code.secondsUntilResendAllowed(now, policy);
  }

  /**
   * Checks a candidate (already hashed the same way) without spending the code; see {@link
   * OneTimeCode#check}. A wrong candidate uses up one try, which the caller must keep.
   */
  public Verification check(String candidateHash, Instant now, String callerId) {
    return code.check(candidateHash, now, callerId);
  }

  /**
   * Spends a code that passed {@link #check}; it cannot be used again. Callers spend it through
   * {@link VerificationCodeService#spend}, which tells that it was used.
   */
  void consume(Instant now) {
    code.consume(now);
  }

  /** Checks a candidate and spends the code when it matches. */
  public Verification verify(String candidateHash, Instant now, String callerId) {
    Verification verification = check(candidateHash, now, callerId);
    if (verification.isAccepted()) {
      consume(now);
    }
    return verification;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public SmsChannel channel() {
    return channel;
  }

  public int attemptsLeft() {
    return code.attemptsLeft();
  }

  public Instant createdAt() {
    return code.createdAt();
  }

  public Instant expiresAt() {
    return code.expiresAt();
  }

  public boolean isConsumed() {
    return code.isConsumed();
  }
}
