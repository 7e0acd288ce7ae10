package io.phonebinding.api.management;

import io.phonebinding.abuse.NumberRule;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The block list and the safe list, by number or range. */
@Schema(name = "NumberRuleList")
public record NumberRuleList(
    @Schema(
            example =
                "[{\"number\": \"+86170\", \"list\": \"BLOCK\", \"reason\": \"pumped range\","
                    + " \"createdBy\": \"support-desk\", \"createdAt\": \"2026-12-05T08:00:00Z\"}]")
        List<NumberRuleView> list) {

  static NumberRuleList of(List<NumberRule> rules) {
    return new NumberRuleList(rules.stream().map(NumberRuleView::of).toList());
  }
}
