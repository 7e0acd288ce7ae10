package io.phonebinding.sms;

import java.time.Duration;

/**
 * What became of one attempt, when it became known: a CDI event for the delivery funnel's metrics.
 *
 * @param provider the provider instance
 * @param region the number's region (ISO code)
 * @param outcome accepted, failed (a refused submission), delivered, undelivered or no_receipt
 * @param untilReceipt from the provider's acceptance to its receipt; null without a receipt
 * @param firstForCode whether this acceptance is the first of a code's message: it counts as one
 *     code handed over, for the conversion of codes sent into codes used
 */
public record AttemptOutcome(
    String provider, String region, String outcome, Duration untilReceipt, boolean firstForCode) {

  static AttemptOutcome of(String provider, String region, String outcome) {
    return new AttemptOutcome(provider, region, outcome, null, false);
  }
}
