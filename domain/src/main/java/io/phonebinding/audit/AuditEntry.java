package io.phonebinding.audit;

import java.time.Instant;

/**
 * An audit event as its user, or an operator, sees it; {@code actor} and {@code reason} are set
 * when an operator (an access key, by name) acted.
 */
public record AuditEntry(
    AuditAction action,
    String phoneMasked,
    String clientIp,
    String userAgent,
    AuditEvent.Outcome outcome,
    int apiCode,
    Instant createdAt,
    String actor,
    String reason) {}
