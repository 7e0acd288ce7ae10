package io.phonebinding.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberPrefixTest {

  @Test
  void aRangeIsWrittenAsAnE164PrefixWithOrWithoutSeparators() {
    assertEquals("+86170", NumberPrefix.parse(" +86 170 ", Input.NUMBER_RANGE).value());
    assertEquals(
        "+12025550123", NumberPrefix.parse("+1 (202) 555-0123", Input.NUMBER_RANGE).value());
    for (String bad : List.of("", "86170", "+0170", "+8", "+86-17x", "+1234567890123456")) {
      assertThrows(
          InvalidInputException.class, () -> NumberPrefix.parse(bad, Input.NUMBER_RANGE), bad);
    }
  }

  @Test
  void aNumberFallsInEveryRangeItBeginsWith() {
    List<String> ranges = NumberPrefix.rangesOf(PhoneNumber.parse("18888888888", "+86", "CN"));
    assertEquals("+86", ranges.get(0));
    assertEquals("+8618888888888", ranges.get(ranges.size() - 1));
    assertEquals(12, ranges.size());
  }
}
