package io.phonebinding.sms;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A message in the transactional outbox, with its delivery history. What it says (text and template
 * parameters) is stored sealed by {@link OutboxCipher}, and erased once the message is sent, failed
 * or expired, unless the development provider keeps it to be read back.
 */
@Entity
@Table(name = "sms_outbox")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "select m from OutboxMessage m where (m.status = io.phonebinding.sms.OutboxStatus.PENDING"
            + " and m.nextAttemptAt <= :now) or (m.status = io.phonebinding.sms.OutboxStatus.SENDING"
            + " and m.leaseUntil < :now) order by m.id")
@NamedQuery(
    name = OutboxMessage.TO_RECIPIENT,
    query =
        "select m from OutboxMessage m where m.recipient = :recipient order by m.createdAt desc, m.id desc")
public class OutboxMessage {

  static final String DUE = "OutboxMessage.due";
  static final String TO_RECIPIENT = "OutboxMessage.toRecipient";
  private static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber recipient;

  @Column(name = "purpose", nullable = false, length = 40)
  private String purpose;

  /** The sealed text; null once erased. */
  @Column(name = "body", length = 2000)
  private String sealedText;

  /** The sealed template parameters (JSON); null when none, or once erased. */
  @Column(name = "template_params", length = 1000)
  private String sealedTemplateParams;

  /** Which key sealed the payload; null for rows from before sealing, stored in clear. */
  @Column(name = "payload_key_id", length = 16)
  private String payloadKeyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private OutboxStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "send_before")
  private Instant sendBefore;

  @Column(name = "give_up_at", nullable = false)
  private Instant giveUpAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "provider", length = 20)
  private String provider;

  @Column(name = "provider_message_id", length = 128)
  private String providerMessageId;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  OutboxMessage(SmsMessage message, OutboxCipher cipher, Instant now, Duration giveUpAfter) {
    this.recipient = message.to();
    this.purpose = message.purpose();
    this.payloadKeyId = cipher.currentKeyId();
    this.sealedText = cipher.seal(message.text(), sealingContext("text"));
    this.sealedTemplateParams =
        message.templateParams().isEmpty()
            ? null
            : cipher.seal(
                TemplateParams.toJson(message.templateParams()), sealingContext("params"));
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = now;
    this.sendBefore = message.sendBefore();
    this.giveUpAt = now.plus(giveUpAfter);
    this.createdAt = now;
  }

  /** Takes the message for one delivery attempt, for the length of a lease. */
  void claim(Instant now, Duration lease) {
    status = OutboxStatus.SENDING;
    leaseUntil = now.plus(lease);
    attempts++;
  }

  boolean isTooLateToSend(Instant now) {
    return sendBefore != null && !now.isBefore(sendBefore);
  }

  /** The text, opened; empty once erased. */
  Optional<String> text(OutboxCipher cipher) {
    return open(sealedText, cipher, "text");
  }

  /** The template parameters, opened; empty when there are none or once erased. */
  Map<String, String> templateParams(OutboxCipher cipher) {
    return TemplateParams.fromJson(open(sealedTemplateParams, cipher, "params").orElse(null));
  }

  private Optional<String> open(String sealed, OutboxCipher cipher, String part) {
    if (sealed == null) {
      return Optional.empty();
    }
    return Optional.of(
        payloadKeyId == null ? sealed : cipher.open(sealed, payloadKeyId, sealingContext(part)));
  }

  private String sealingContext(String part) {
    return recipient.e164() + '\n' + purpose + '\n' + part;
  }

  /**
   * Accepted by the provider. {@code keepPayload} only for the development provider, whose messages
   * are read back from the outbox.
   */
  void delivered(String providerName, String messageId, Instant now, boolean keepPayload) {
    status = OutboxStatus.SENT;
    provider = providerName;
    providerMessageId = messageId;
    sentAt = now;
    leaseUntil = null;
    lastError = null;
    if (!keepPayload) {
      erasePayload();
    }
  }

  /**
   * A failed attempt: retried after {@code delay}, unless that is past the give-up time; a message
   * given up on keeps nothing of what it said.
   */
  void attemptFailed(
      String providerName, String error, boolean retryable, Duration delay, Instant now) {
    provider = providerName;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    leaseUntil = null;
    Instant next = now.plus(delay);
    if (!retryable || next.isAfter(giveUpAt)) {
      status = OutboxStatus.FAILED;
      erasePayload();
    } else {
      status = OutboxStatus.PENDING;
      nextAttemptAt = next;
    }
  }

  /** Its code expired before delivery: never sent, and what it said is erased. */
  void expired() {
    status = OutboxStatus.EXPIRED;
    leaseUntil = null;
    erasePayload();
  }

  /** It cannot be sent at all (its payload does not open): failed for good, erased. */
  void undeliverable(String reason) {
    status = OutboxStatus.FAILED;
    lastError = reason;
    leaseUntil = null;
    erasePayload();
  }

  private void erasePayload() {
    sealedText = null;
    sealedTemplateParams = null;
  }

  public Long id() {
    return id;
  }

  public PhoneNumber recipient() {
    return recipient;
  }

  public String purpose() {
    return purpose;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public String provider() {
    return provider;
  }

  public String providerMessageId() {
    return providerMessageId;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
