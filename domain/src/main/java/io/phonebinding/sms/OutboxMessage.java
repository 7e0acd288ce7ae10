package io.phonebinding.sms;

import io.phonebinding.mail.MailMessage;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A message in the transactional outbox: one delivery group, which walks the provider chain of its
 * number's region, one {@link DeliveryAttempt} per try. What it says (text and template parameters)
 * is stored sealed by {@link OutboxCipher}, so that every attempt carries the same code, and erased
 * once nothing more will be sent, unless the development provider keeps it to be read back.
 *
 * <p>While a provider that sends receipts has accepted it ({@code ACCEPTED}), {@code nextAttemptAt}
 * is when the next provider is tried if no receipt has come.
 */
@Entity
@Table(name = "sms_outbox")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "select m from OutboxMessage m where m.emailTo is null and ((m.status in"
            + " (io.phonebinding.sms.OutboxStatus.PENDING, io.phonebinding.sms.OutboxStatus.ACCEPTED)"
            + " and m.nextAttemptAt <= :now)"
            + " or (m.status = io.phonebinding.sms.OutboxStatus.SENDING and m.leaseUntil < :now))"
            + " order by m.id")
@NamedQuery(
    name = OutboxMessage.MAIL_DUE,
    query =
        "select m from OutboxMessage m where m.emailTo is not null and ((m.status ="
            + " io.phonebinding.sms.OutboxStatus.PENDING and m.nextAttemptAt <= :now)"
            + " or (m.status = io.phonebinding.sms.OutboxStatus.SENDING and m.leaseUntil < :now))"
            + " order by m.id")
@NamedQuery(
    name = OutboxMessage.TO_ADDRESS,
    query =
        "select m from OutboxMessage m where m.emailTo = :address order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = OutboxMessage.TO_RECIPIENT,
    query =
        "select m from OutboxMessage m where m.recipient = :recipient order by m.createdAt desc, m.id desc")
public class OutboxMessage {

  static final String DUE = "OutboxMessage.due";
  static final String TO_RECIPIENT = "OutboxMessage.toRecipient";
  static final String MAIL_DUE = "OutboxMessage.mailDue";
  static final String TO_ADDRESS = "OutboxMessage.toAddress";

  /** The name an e-mail's attempts are recorded under: the application server's mail session. */
  static final String MAIL_SERVER = "smtp";

  private static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The phone of a text message; null for an e-mail. */
  @Column(name = "recipient", length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber recipient;

  /** The address of an e-mail; null for a text message. */
  @Column(name = "email_to", length = 254)
  private String emailTo;

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

  @Column(name = "provider", length = 64)
  private String provider;

  @Column(name = "provider_message_id", length = 128)
  private String providerMessageId;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** Which provider of the chain the next attempt goes to, counted from 0 around the chain. */
  @Column(name = "chain_position", nullable = false)
  private int chainPosition;

  /** How many providers accepted it: each may have charged for it. */
  @Column(name = "accepted_attempts", nullable = false)
  private int acceptedAttempts;

  @Column(name = "current_attempt_id")
  private Long currentAttemptId;

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

  /**
   * An e-mail: its text and, as template parameters, its subject and language, sealed like a text
   * message's; retried like one, from the same outbox, until it is given up on.
   */
  OutboxMessage(MailMessage mail, OutboxCipher cipher, Instant now, Duration giveUpAfter) {
    this.emailTo = mail.to();
    this.purpose = mail.purpose();
    this.payloadKeyId = cipher.currentKeyId();
    this.sealedText = cipher.seal(mail.text(), sealingContext("text"));
    this.sealedTemplateParams =
        cipher.seal(
            TemplateParams.toJson(
                Map.of(SUBJECT, mail.subject(), LANGUAGE, mail.language().toLanguageTag())),
            sealingContext("params"));
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = now;
    this.giveUpAt = now.plus(giveUpAfter);
    this.createdAt = now;
  }

  private static final String SUBJECT = "subject";
  private static final String LANGUAGE = "language";

  /** The e-mail as it was queued; empty once erased. */
  Optional<MailMessage> mail(OutboxCipher cipher) {
    Map<String, String> params = templateParams(cipher);
    return text(cipher)
        .map(
            text ->
                new MailMessage(
                    emailTo,
                    purpose,
                    params.getOrDefault(SUBJECT, ""),
                    text,
                    Locale.forLanguageTag(params.getOrDefault(LANGUAGE, "en"))));
  }

  /** Takes an e-mail for one try with the mail server, for the length of a lease. */
  void claimMail(Instant now, Duration lease) {
    status = OutboxStatus.SENDING;
    leaseUntil = now.plus(lease);
    attempts++;
    provider = MAIL_SERVER;
  }

  boolean isMail() {
    return emailTo != null;
  }

  /** Takes the message for one attempt with a provider, for the length of a lease. */
  void claim(Instant now, Duration lease, DeliveryAttempt attempt) {
    status = OutboxStatus.SENDING;
    leaseUntil = now.plus(lease);
    attempts++;
    provider = attempt.provider();
    currentAttemptId = attempt.id();
  }

  /** Whether it carries a one-time code (and is no notice). */
  boolean carriesCode() {
    return SmsMessage.carriesCode(purpose);
  }

  int acceptedAttempts() {
    return acceptedAttempts;
  }

  /** Where in its chain (counted around it) the next attempt goes. */
  int chainPosition() {
    return chainPosition;
  }

  /** Whether a provider of the chain has not been tried yet. */
  boolean hasUntriedProviderIn(List<String> chain) {
    return chainPosition + 1 < chain.size();
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
    return (recipient == null ? emailTo : recipient.e164()) + '\n' + purpose + '\n' + part;
  }

  /**
   * A provider accepted the attempt. With {@code receiptWait} (a provider that sends receipts) the
   * group waits that long for one before the next provider is tried; without, accepted is as far as
   * it goes. {@code keepPayload} only for the development provider, whose messages are read back.
   */
  void accepted(String messageId, Instant now, Duration receiptWait, boolean keepPayload) {
    acceptedAttempts++;
    providerMessageId = messageId;
    sentAt = now;
    leaseUntil = null;
    lastError = null;
    if (receiptWait == null) {
      finish(OutboxStatus.SENT, keepPayload);
    } else {
      status = OutboxStatus.ACCEPTED;
      nextAttemptAt = now.plus(receiptWait);
    }
  }

  /**
   * A provider refused the attempt or did not answer. A refused number ends the group; another
   * provider is tried at once when this one refused the message itself, and after {@code delay}
   * (around the chain) when it failed for now; the group ends past its give-up time or with no
   * provider left. A message given up on keeps nothing of what it said.
   */
  void attemptFailed(
      String error,
      SmsDeliveryException.Failure failure,
      boolean untriedProviderLeft,
      Duration delay,
      Instant now) {
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    leaseUntil = null;
    Instant next =
        switch (failure) {
          case RETRYABLE -> now.plus(delay);
          case PROVIDER_REFUSED -> untriedProviderLeft ? now : null;
          case NUMBER_REFUSED -> null;
        };
    if (next == null || next.isAfter(giveUpAt)) {
      finish(OutboxStatus.FAILED, false);
    } else {
      moveOn(next);
    }
  }

  /**
   * The attempt awaiting a receipt got none in time, or its receipt says it did not arrive: the
   * next provider is tried now, unless as many as {@code maxAccepted} accepted it already.
   */
  void notArrived(String reason, int maxAccepted, Instant now) {
    lastError = reason;
    if (acceptedAttempts >= maxAccepted || now.isAfter(giveUpAt)) {
      finish(OutboxStatus.FAILED, false);
    } else {
      moveOn(now);
    }
  }

  /** A receipt says the phone got it (from whichever attempt). */
  void arrived(Instant now, boolean keepPayload) {
    leaseUntil = null;
    lastError = null;
    if (sentAt == null) {
      sentAt = now;
    }
    finish(OutboxStatus.DELIVERED, keepPayload);
  }

  /** Nothing more to send: its code was used, replaced by a newer one, or expired. */
  void settled() {
    finish(OutboxStatus.SETTLED, false);
  }

  /** Whether an attempt's outcome still decides what happens next. */
  boolean awaits(DeliveryAttempt attempt) {
    return currentAttemptId != null
        && currentAttemptId.equals(attempt.id())
        && (status == OutboxStatus.ACCEPTED || status == OutboxStatus.SENDING);
  }

  /**
   * Whether a delivered receipt still tells something new: not once it was delivered, or its code
   * used or expired. A group given up on for want of receipts did arrive after all.
   */
  boolean mayStillArrive() {
    return !isFinished() || status == OutboxStatus.FAILED || status == OutboxStatus.SENT;
  }

  boolean isSending() {
    return status == OutboxStatus.SENDING;
  }

  boolean isAccepted() {
    return status == OutboxStatus.ACCEPTED;
  }

  boolean isFinished() {
    return status.isFinal();
  }

  /** Whether the message was tried before: the next attempt is a failover or a retry. */
  boolean wasTried() {
    return attempts > 0;
  }

  Long currentAttemptId() {
    return currentAttemptId;
  }

  private void moveOn(Instant next) {
    status = OutboxStatus.PENDING;
    nextAttemptAt = next;
    chainPosition++;
  }

  private void finish(OutboxStatus end, boolean keepPayload) {
    status = end;
    leaseUntil = null;
    if (!keepPayload) {
      erasePayload();
    }
  }

  /** Its code expired before delivery: never sent, and what it said is erased. */
  void expired() {
    finish(OutboxStatus.EXPIRED, false);
  }

  /** It cannot be sent at all (its payload does not open): failed for good, erased. */
  void undeliverable(String reason) {
    lastError = reason;
    finish(OutboxStatus.FAILED, false);
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

  public String emailTo() {
    return emailTo;
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
