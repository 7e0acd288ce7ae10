package io.phonebinding.api.management;

import io.phonebinding.abuse.NumberRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number or range (an E.164 prefix) on the block list or the safe list. */
@Schema(name = "NumberRule")
public record NumberRuleView(
    @Schema(
            description = "E.164 prefix: a whole number, or the range it begins",
            example = "+86170")
        String number,
    @Schema(
            example = "BLOCK",
            enumeration = {"BLOCK", "SAFE"})
        String list,
    @Schema(example = "premium-rate range abused on 2026-12-01") String reason,
    @Schema(description = "The access key's name", example = "support-desk") String createdBy,
    @Schema(example = "2026-12-05T08:00:00Z") String createdAt) {

  static NumberRuleView of(NumberRule rule) {
    return new NumberRuleView(
        rule.prefix().value(),
        rule.list().name(),
        rule.reason(),
        rule.createdBy(),
        rule.createdAt().toString());
  }
}
