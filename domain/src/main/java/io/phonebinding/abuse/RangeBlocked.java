package io.phonebinding.abuse;

import io.phonebinding.request.RequestOrigin;

/**
 * A block of numbers was blocked, in the transaction of the send that made it look pumped, by a
 * request from {@code origin}: for the audit trail and the metrics.
 */
public record RangeBlocked(BlockedRange range, RequestOrigin origin) {}
