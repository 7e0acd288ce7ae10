package io.phonebinding.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message the development sender kept instead of delivering it. */
@Entity
@Table(name = "sms_messages")
@NamedQuery(
    name = SentSms.FIND_BY_RECIPIENT,
    query = "select m from SentSms m where m.recipient = :recipient order by m.createdAt desc, m.id desc")
public class SentSms {

  static final String FIND_BY_RECIPIENT = "SentSms.findByRecipient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 20)
  private String recipient;

  @Column(name = "channel", nullable = false, length = 40)
  private String channel;

  @Column(name = "body", nullable = false, length = 1000)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SentSms() {}

  SentSms(SmsMessage message, Instant createdAt) {
    this.recipient = message.to().e164();
    this.channel = message.purpose();
    this.text = message.text();
    this.createdAt = createdAt;
  }

  public String recipient() {
    return recipient;
  }

  public String channel() {
    return channel;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
