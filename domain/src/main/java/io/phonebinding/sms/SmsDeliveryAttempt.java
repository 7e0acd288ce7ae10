package io.phonebinding.sms;

import java.time.Duration;

/**
 * One call to an SMS provider, as a CDI event for whoever watches deliveries (the metrics).
 *
 * @param provider the provider's name
 * @param delivered whether the provider took the message
 * @param took how long the call lasted
 * @param retryScheduled whether a failed message will be tried again
 */
public record SmsDeliveryAttempt(
    String provider, boolean delivered, Duration took, boolean retryScheduled) {}
