package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One code sent, by SMS or by e-mail: what the send caps count. */
@Entity
@Table(name = "sms_send_log")
// The phone's day window and, inside it, its hour window: both caps in one query.
@NamedQuery(
    name = SmsSend.WINDOWS_BY_PHONE,
    query =
        "select count(s), min(s.sentAt),"
            + " sum(case when s.sentAt > :hourSince then 1 else 0 end),"
            + " min(case when s.sentAt > :hourSince then s.sentAt else null end)"
            + " from SmsSend s where s.destination = :key and s.sentAt > :since")
@NamedQuery(
    name = SmsSend.WINDOWS_BY_IP,
    query =
        "select count(s), min(s.sentAt),"
            + " sum(case when s.sentAt > :hourSince then 1 else 0 end),"
            + " min(case when s.sentAt > :hourSince then s.sentAt else null end)"
            + " from SmsSend s where s.clientIp = :key and s.sentAt > :since")
@NamedQuery(
    name = SmsSend.WINDOWS_BY_USER,
    query =
        "select count(s), min(s.sentAt),"
            + " sum(case when s.sentAt > :hourSince then 1 else 0 end),"
            + " min(case when s.sentAt > :hourSince then s.sentAt else null end)"
            + " from SmsSend s where s.userId = :key and s.sentAt > :since")
public class SmsSend {

  static final String WINDOWS_BY_PHONE = "SmsSend.windowsByPhone";
  static final String WINDOWS_BY_IP = "SmsSend.windowsByIp";
  static final String WINDOWS_BY_USER = "SmsSend.windowsByUser";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The phone's E.164 form or the e-mail address. */
  @Column(name = "phone", nullable = false, length = 254)
  private String destination;

  @Column(name = "channel", nullable = false, length = 40)
  private String channel;

  @Column(name = "client_ip", nullable = false, length = 64)
  private String clientIp;

  @Column(name = "user_id", length = 36)
  private String userId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected SmsSend() {}

  SmsSend(String destination, String channel, String clientIp, String userId, Instant sentAt) {
    this.destination = destination;
    this.channel = channel;
    this.clientIp = clientIp;
    this.userId = userId;
    this.sentAt = sentAt;
  }
}
