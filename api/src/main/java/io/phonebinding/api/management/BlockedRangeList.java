package io.phonebinding.api.management;

import io.phonebinding.abuse.BlockedRange;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The blocks of 1,000 numbers blocked now as pumped, the longest-blocked first. */
@Schema(name = "BlockedRangeList")
public record BlockedRangeList(
    @Schema(
            example =
                "[{\"range\": \"+8616512345\", \"region\": \"CN\", \"recentSends\": 10,"
                    + " \"recentUses\": 0, \"blockedUntil\": \"2026-12-06T20:00:00Z\"}]")
        List<BlockedRangeView> list) {

  static BlockedRangeList of(List<BlockedRange> ranges) {
    return new BlockedRangeList(ranges.stream().map(BlockedRangeView::of).toList());
  }

  /** One blocked block of numbers. */
  @Schema(name = "BlockedRange")
  public record BlockedRangeView(
      @Schema(
              description = "E.164 prefix of the 1,000 numbers (without the last 3 digits)",
              example = "+8616512345")
          String range,
      @Schema(example = "CN") String region,
      @Schema(description = "Codes sent to it this clock hour and the last", example = "10")
          long recentSends,
      @Schema(description = "Codes used from it this clock hour and the last", example = "0")
          long recentUses,
      @Schema(example = "2026-12-06T20:00:00Z") String blockedUntil) {

    static BlockedRangeView of(BlockedRange range) {
      return new BlockedRangeView(
          range.block(), range.region(), range.sends(), range.used(), range.until().toString());
    }
  }
}
