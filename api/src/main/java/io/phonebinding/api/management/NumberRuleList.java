package io.phonebinding.api.management;

import io.phonebinding.abuse.NumberRule;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The block list and the safe list, by number or range. */
@Schema(name = "NumberRuleList")
public record NumberRuleList(List<NumberRuleView> list) {

  static NumberRuleList of(List<NumberRule> rules) {
    return new NumberRuleList(rules.stream().map(NumberRuleView::of).toList());
  }
}
