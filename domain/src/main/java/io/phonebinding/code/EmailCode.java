package io.phonebinding.code;

import io.phonebinding.mail.EmailChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The live one-time code of one e-mail address on one channel: at most one per (address, channel),
 * a newer code overwrites the older one, as for a phone's.
 */
@Entity
@Table(name = "email_codes")
@NamedQuery(
    name = EmailCode.FIND_BY_ADDRESS_AND_CHANNEL,
    query = "select c from EmailCode c where c.address = :address and c.channel = :channel")
public class EmailCode {

  static final String FIND_BY_ADDRESS_AND_CHANNEL = "EmailCode.findByAddressAndChannel";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "email", nullable = false, length = 254)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 40)
  private EmailChannel channel;

  @Embedded private OneTimeCode code;

  protected EmailCode() {}

  EmailCode(String address, EmailChannel channel, OneTimeCode code) {
    this.address = Objects.requireNonNull(address);
    this.channel = Objects.requireNonNull(channel);
    this.code = Objects.requireNonNull(code);
  }

  OneTimeCode code() {
    return code;
  }
}
