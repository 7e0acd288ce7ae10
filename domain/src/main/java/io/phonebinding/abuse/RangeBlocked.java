package io.phonebinding.abuse;

import io.phonebinding.request.RequestOrigin;
import java.time.Instant;

/**
 * A block of numbers was blocked, in the transaction of the send that made it look pumped: for the
 * audit trail and the metrics. {@code block} is its prefix ({@code +8618812345}).
 */
public record RangeBlocked(
    String block, String region, long sends, long used, Instant until, RequestOrigin origin) {

  /** The block as the audit trail shows it: {@code +8618812345***}. */
  public String masked() {
    return block + "***";
  }
}
