package io.phonebinding.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One try of one provider for one message (a delivery group): which provider, what became of it,
 * and when. Holds no number and no text; a provider's error is stored masked.
 */
@Entity
@Table(name = "sms_delivery_attempts")
@NamedQuery(
    name = DeliveryAttempt.BY_PROVIDER_MESSAGE_ID,
    query =
        "select a from DeliveryAttempt a where a.provider = :provider"
            + " and a.providerMessageId = :providerMessageId order by a.id desc")
@NamedQuery(
    name = DeliveryAttempt.OF_MESSAGES,
    query = "select a from DeliveryAttempt a where a.messageId in :messages order by a.id")
public class DeliveryAttempt {

  static final String BY_PROVIDER_MESSAGE_ID = "DeliveryAttempt.byProviderMessageId";
  static final String OF_MESSAGES = "DeliveryAttempt.ofMessages";
  private static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id", nullable = false)
  private long messageId;

  @Column(name = "provider", nullable = false, length = 64)
  private String provider;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private AttemptState state;

  @Column(name = "provider_message_id", length = 128)
  private String providerMessageId;

  @Column(name = "error", length = MAX_ERROR)
  private String error;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "receipt_at")
  private Instant receiptAt;

  protected DeliveryAttempt() {}

  DeliveryAttempt(long messageId, String provider, Instant now) {
    this.messageId = messageId;
    this.provider = provider;
    this.state = AttemptState.SUBMITTING;
    this.createdAt = now;
  }

  void accepted(String providerMessageId, Instant now) {
    moveTo(AttemptState.ACCEPTED);
    this.providerMessageId = providerMessageId;
    this.submittedAt = now;
  }

  void failed(String maskedError, Instant now) {
    moveTo(AttemptState.FAILED);
    this.error = clip(maskedError);
    this.submittedAt = now;
  }

  void noReceipt() {
    moveTo(AttemptState.NO_RECEIPT);
  }

  /**
   * A provider's receipt: applied when it moves the state forward.
   *
   * @return whether it changed anything
   */
  boolean receipt(AttemptState reported, String maskedError, Instant now) {
    if (!state.mayBecome(reported)) {
      return false;
    }
    state = reported;
    if (reported.isFinal()) {
      receiptAt = now;
    }
    if (maskedError != null) {
      error = clip(maskedError);
    }
    return true;
  }

  private void moveTo(AttemptState next) {
    if (state.mayBecome(next)) {
      state = next;
    }
  }

  private static String clip(String text) {
    return text == null ? null : text.substring(0, Math.min(text.length(), MAX_ERROR));
  }

  public Long id() {
    return id;
  }

  public long messageId() {
    return messageId;
  }

  public String provider() {
    return provider;
  }

  public AttemptState state() {
    return state;
  }

  public String providerMessageId() {
    return providerMessageId;
  }

  public String error() {
    return error;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant receiptAt() {
    return receiptAt;
  }
}
