package io.phonebinding.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TestNumbersTest {

  @Test
  void numbersAreNormalisedAndCodesKept() {
    assertEquals(
        Map.of("+8613800000000", "123456", "+12015550123", "654321"),
        TestNumbers.parse("13800000000=123456, +1 201 555 0123=654321", "CN", 6));
  }

  @Test
  void codesOfTheWrongLengthAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> TestNumbers.parse("13800000000=1234", "CN", 6));
    assertThrows(IllegalArgumentException.class, () -> TestNumbers.parse("13800000000", "CN", 6));
  }
}
