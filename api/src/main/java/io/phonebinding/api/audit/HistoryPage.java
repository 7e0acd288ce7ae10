package io.phonebinding.api.audit;

import io.phonebinding.audit.AuditEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the user's audit trail, newest first. */
@Schema(name = "HistoryPage")
public record HistoryPage(
    @Schema(
            description = "Newest first",
            example =
                "[{\"action\": \"BIND_PHONE\", \"phone\": \"+86 188****8888\", \"ip\":"
                    + " \"203.0.113.7\", \"userAgent\": \"Mozilla/5.0\", \"outcome\": \"SUCCESS\","
                    + " \"apiCode\": 0, \"createdAt\": \"2026-12-05T08:00:00Z\"}]")
        List<Entry> list) {

  /** The user's own view: an operator's act shows as such, without the key or the reason. */
  static HistoryPage of(List<AuditEntry> entries) {
    return new HistoryPage(entries.stream().map(entry -> Entry.of(entry, false)).toList());
  }

  /** An operator's view: which access key acted, and why. */
  public static HistoryPage forOperator(List<AuditEntry> entries) {
    return new HistoryPage(entries.stream().map(entry -> Entry.of(entry, true)).toList());
  }

  /** One attempt: what, on which masked phone, from where, how it ended. */
  @Schema(name = "HistoryEntry")
  public record Entry(
      @Schema(example = "BIND_PHONE") String action,
      @Schema(example = "+86 188****8888") String phone,
      @Schema(example = "203.0.113.7") String ip,
      @Schema(example = "Mozilla/5.0") String userAgent,
      @Schema(
              example = "SUCCESS",
              enumeration = {"SUCCESS", "REFUSED"})
          String outcome,
      @Schema(description = "0 for a success, else the refusal's apiCode", example = "0")
          int apiCode,
      @Schema(example = "2026-12-05T08:00:00Z") String createdAt,
      @Schema(
              description =
                  "Set when an operator acted: the access key's name (\"operator\" in the user's"
                      + " own history)",
              example = "support-desk")
          String actor,
      @Schema(
              description = "The operator's reason; only in the operator's view",
              example = "ticket 4711")
          String reason) {

    static Entry of(AuditEntry entry, boolean forOperator) {
      return new Entry(
          entry.action().name(),
          entry.phoneMasked(),
          entry.clientIp(),
          entry.userAgent(),
          entry.outcome().name(),
          entry.apiCode(),
          entry.createdAt().toString(),
          entry.actor() == null ? null : forOperator ? entry.actor() : "operator",
          forOperator ? entry.reason() : null);
    }
  }
}
