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

  static HistoryPage of(List<AuditEntry> entries) {
    return new HistoryPage(entries.stream().map(Entry::of).toList());
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
      @Schema(example = "2026-12-05T08:00:00Z") String createdAt) {

    static Entry of(AuditEntry entry) {
      return new Entry(
          entry.action().name(),
          entry.phoneMasked(),
          entry.clientIp(),
          entry.userAgent(),
          entry.outcome().name(),
          entry.apiCode(),
          entry.createdAt().toString());
    }
  }
}
