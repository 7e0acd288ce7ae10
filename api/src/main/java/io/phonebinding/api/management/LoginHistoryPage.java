package io.phonebinding.api.management;

import io.phonebinding.audit.AuditEntry;
import io.phonebinding.audit.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UserLoginHistoryPagingDto}: the user's sign-ins, newest first. */
@Schema(name = "LoginHistoryPage")
public record LoginHistoryPage(
    @Schema(
            example =
                "[{\"clientIp\": \"203.0.113.7\", \"userAgent\": \"Mozilla/5.0\", \"time\":"
                    + " \"2026-12-05T08:00:00Z\", \"method\": \"SIGN_IN_BY_PASSWORD\"}]")
        List<Entry> list,
    @Schema(example = "1") long totalCount) {

  static LoginHistoryPage of(Page<AuditEntry> page) {
    return new LoginHistoryPage(page.items().stream().map(Entry::of).toList(), page.totalCount());
  }

  /**
   * Authing's {@code UserLoginHistoryDto}, without its app fields (this service does not record the
   * app of a sign-in), and with how the user signed in.
   */
  @Schema(name = "LoginHistoryEntry")
  public record Entry(
      @Schema(example = "203.0.113.7") String clientIp,
      @Schema(example = "Mozilla/5.0") String userAgent,
      @Schema(example = "2026-12-05T08:00:00Z") String time,
      @Schema(
              description = "This service's own",
              example = "SIGN_IN_BY_PASSWORD",
              enumeration = {"SIGN_IN_BY_PASSWORD", "SIGN_IN_BY_CODE", "SIGN_UP_BY_CODE"})
          String method) {

    static Entry of(AuditEntry entry) {
      return new Entry(
          entry.clientIp(), entry.userAgent(), entry.createdAt().toString(), entry.action().name());
    }
  }
}
