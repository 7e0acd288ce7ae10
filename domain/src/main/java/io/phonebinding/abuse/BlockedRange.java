package io.phonebinding.abuse;

import java.time.Instant;

/**
 * A block of numbers blocked as pumped: its prefix ({@code +8618812345}), its region, the codes
 * sent to it and used from it this clock hour and the last, and until when it is blocked.
 */
public record BlockedRange(String block, String region, long sends, long used, Instant until) {

  /** The block as the audit trail shows it: {@code +8618812345***}. */
  public String masked() {
    return block + "***";
  }
}
