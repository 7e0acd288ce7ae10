package io.phonebinding.code;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;

/** A code was spent by its right value: it reached its phone. A CDI event, for the metrics. */
public record CodeUsed(PhoneNumber phone, SmsChannel channel) {}
