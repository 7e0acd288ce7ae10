package io.phonebinding.audit;

import java.time.Instant;

/** An audit event as the user sees it in their own history. */
public record AuditEntry(
    AuditAction action,
    String phoneMasked,
    String clientIp,
    String userAgent,
    AuditEvent.Outcome outcome,
    int apiCode,
    Instant createdAt) {}
