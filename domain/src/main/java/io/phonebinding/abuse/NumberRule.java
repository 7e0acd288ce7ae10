package io.phonebinding.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A number, or a range of numbers, on the block list or the safe list: an E.164 prefix ({@code
 * +86170} is every number that begins so, a whole number is itself).
 */
@Entity
@Table(name = "number_rules")
@NamedQuery(
    name = NumberRule.MATCHING,
    query = "select r from NumberRule r where r.prefix in :prefixes order by length(r.prefix) desc")
@NamedQuery(name = NumberRule.ALL, query = "select r from NumberRule r order by r.prefix")
public class NumberRule {

  static final String MATCHING = "NumberRule.matching";
  static final String ALL = "NumberRule.all";

  @Id
  @Column(name = "prefix", length = 20)
  private String prefix;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 8)
  private NumberList list;

  @Column(name = "reason", nullable = false, length = 500)
  private String reason;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NumberRule() {}

  NumberRule(NumberPrefix prefix, NumberList list, String reason, String createdBy, Instant now) {
    this.prefix = prefix.value();
    this.list = list;
    this.reason = reason;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void moveTo(NumberList newList, String newReason, String by, Instant now) {
    this.list = newList;
    this.reason = newReason;
    this.createdBy = by;
    this.createdAt = now;
  }

  public NumberPrefix prefix() {
    return NumberPrefix.of(prefix);
  }

  public NumberList list() {
    return list;
  }

  public String reason() {
    return reason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
