package io.phonebinding.operator;

import io.phonebinding.abuse.NumberList;
import io.phonebinding.abuse.NumberPrefix;
import io.phonebinding.abuse.NumberRule;
import io.phonebinding.abuse.NumberRules;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** An operator's block list and safe list of numbers and ranges, each change audited. */
@ApplicationScoped
public class NumberListAdministration {

  @Inject NumberRules rules;

  @Inject AuditTrail audit;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /** Puts a number or range on a list (moving it off the other one). */
  public NumberRule put(
      Operator operator,
      NumberPrefix prefix,
      NumberList list,
      String reason,
      RequestOrigin origin) {
    operator.requireWrite();
    return transactions.call(
        () -> {
          NumberRule rule = rules.put(prefix, list, reason, operator.name(), clock.instant());
          audit.byOperator(
              null,
              list == NumberList.BLOCK
                  ? AuditAction.OPERATOR_BLOCK_NUMBER
                  : AuditAction.OPERATOR_SAFE_NUMBER,
              prefix.value(),
              origin,
              operator.name(),
              reason);
          return rule;
        });
  }

  /** Takes a number or range off its list; whether it was on one. */
  public boolean remove(
      Operator operator, NumberPrefix prefix, String reason, RequestOrigin origin) {
    operator.requireWrite();
    return transactions.call(
        () -> {
          boolean removed = rules.remove(prefix);
          if (removed) {
            audit.byOperator(
                null,
                AuditAction.OPERATOR_REMOVE_NUMBER_RULE,
                prefix.value(),
                origin,
                operator.name(),
                reason);
          }
          return removed;
        });
  }

  public List<NumberRule> all() {
    return rules.all();
  }
}
