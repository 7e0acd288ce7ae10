package io.phonebinding.claim;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
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
import java.time.Instant;
import java.util.Objects;

/**
 * The claim of a number's new holder (the claimant, who proved it with a code) on the account that
 * has it bound but left it unproven for the dormancy period (the holder). It takes effect after its
 * delay unless the holder proves the number again, or keeps it through the single-use link mailed
 * to them (then an operator decides). Only a hash of the link's token is stored.
 */
@Entity
@Table(name = "phone_claims")
@NamedQuery(
    name = PhoneClaim.DUE,
    query =
        "select c.id from PhoneClaim c where c.state = io.phonebinding.claim.ClaimState.PENDING"
            + " and c.effectiveAt <= :now order by c.effectiveAt")
@NamedQuery(
    name = PhoneClaim.OPEN_ON_PHONE,
    query =
        "select c from PhoneClaim c where c.phone = :phone and c.state in"
            + " (io.phonebinding.claim.ClaimState.PENDING, io.phonebinding.claim.ClaimState.DISPUTED)")
@NamedQuery(
    name = PhoneClaim.OPEN_BY_CLAIMANT,
    query =
        "select c from PhoneClaim c where c.claimantId = :claimant and c.state in"
            + " (io.phonebinding.claim.ClaimState.PENDING, io.phonebinding.claim.ClaimState.DISPUTED)")
@NamedQuery(
    name = PhoneClaim.BY_KEEP_TOKEN,
    query = "select c from PhoneClaim c where c.keepTokenHash = :hash")
@NamedQuery(
    name = PhoneClaim.IN_STATE,
    query = "select c from PhoneClaim c where c.state = :state order by c.createdAt desc")
public class PhoneClaim {

  static final String DUE = "PhoneClaim.due";
  static final String OPEN_ON_PHONE = "PhoneClaim.openOnPhone";
  static final String OPEN_BY_CLAIMANT = "PhoneClaim.openByClaimant";
  static final String BY_KEEP_TOKEN = "PhoneClaim.byKeepToken";
  static final String IN_STATE = "PhoneClaim.inState";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "phone", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber phone;

  @Column(name = "holder_id", nullable = false, length = 36)
  private String holderId;

  @Column(name = "claimant_id", nullable = false, length = 36)
  private String claimantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private ClaimState state;

  @Column(name = "keep_token_hash", length = 64)
  private String keepTokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "effective_at", nullable = false)
  private Instant effectiveAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected PhoneClaim() {}

  PhoneClaim(
      PhoneNumber phone,
      String holderId,
      String claimantId,
      String keepTokenHash,
      Instant now,
      Instant effectiveAt) {
    this.phone = Objects.requireNonNull(phone);
    this.holderId = Objects.requireNonNull(holderId);
    this.claimantId = Objects.requireNonNull(claimantId);
    this.keepTokenHash = keepTokenHash;
    this.state = ClaimState.PENDING;
    this.createdAt = now;
    this.effectiveAt = effectiveAt;
  }

  /** The holder kept the number through the link: the link is spent, an operator decides. */
  boolean dispute(Instant now) {
    if (state != ClaimState.PENDING) {
      return false;
    }
    state = ClaimState.DISPUTED;
    keepTokenHash = null;
    return true;
  }

  void end(ClaimState end, Instant now) {
    if (end.isOpen()) {
      throw new IllegalArgumentException(end + " does not end a claim");
    }
    state = end;
    keepTokenHash = null;
    endedAt = now;
  }

  public Long id() {
    return id;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public String holderId() {
    return holderId;
  }

  public String claimantId() {
    return claimantId;
  }

  public ClaimState state() {
    return state;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant effectiveAt() {
    return effectiveAt;
  }

  public Instant endedAt() {
    return endedAt;
  }
}
