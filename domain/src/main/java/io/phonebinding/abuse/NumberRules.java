package io.phonebinding.abuse;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The operator's block list and safe list. A number falls under the longest prefix listed for it,
 * so a safe number inside a blocked range is let through, and a blocked number inside a safe range
 * is not.
 */
@ApplicationScoped
public class NumberRules {

  @PersistenceContext EntityManager entityManager;

  /** The list the number falls under, if any: one indexed query over its prefixes. */
  @Transactional(TxType.SUPPORTS)
  public Optional<NumberList> listOf(PhoneNumber phone) {
    return entityManager
        .createNamedQuery(NumberRule.MATCHING, NumberRule.class)
        .setParameter("prefixes", NumberPrefix.rangesOf(phone))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(NumberRule::list);
  }

  /**
   * @throws SmsRefusedException with {@code SMS_NUMBER_BLOCKED} for a number on the block list
   * @return whether the number is on the safe list
   */
  public boolean checkNotBlocked(PhoneNumber phone) {
    Optional<NumberList> list = listOf(phone);
    if (list.isPresent() && list.get() == NumberList.BLOCK) {
      throw new SmsRefusedException(ErrorKind.SMS_NUMBER_BLOCKED);
    }
    return list.isPresent();
  }

  /** Puts the range on a list, or moves it there from the other one, in the caller's unit. */
  @Transactional(TxType.MANDATORY)
  public NumberRule put(
      NumberPrefix prefix, NumberList list, String reason, String by, Instant now) {
    NumberRule rule = entityManager.find(NumberRule.class, prefix.value());
    if (rule == null) {
      rule = new NumberRule(prefix, list, reason, by, now);
      entityManager.persist(rule);
    } else {
      rule.moveTo(list, reason, by, now);
    }
    return rule;
  }

  /** Takes the range off its list; whether it was on one. */
  @Transactional(TxType.MANDATORY)
  public boolean remove(NumberPrefix prefix) {
    NumberRule rule = entityManager.find(NumberRule.class, prefix.value());
    if (rule != null) {
      entityManager.remove(rule);
    }
    return rule != null;
  }

  @Transactional(TxType.SUPPORTS)
  public List<NumberRule> all() {
    return entityManager.createNamedQuery(NumberRule.ALL, NumberRule.class).getResultList();
  }
}
