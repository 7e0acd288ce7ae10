package io.phonebinding.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A phone number stored and loaded again is the number that was parsed, whatever its country. */
class PhoneNumberColumnTest {

  private final PhoneNumberColumn column = new PhoneNumberColumn();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+8618888888888",
        "+12015550123",
        "+74951234567",
        "+447400123456",
        "+390212345678",
        "+358401234567",
        "+85291234567",
        "+80012345678"
      })
  void aNumberComesBackAsItWasParsed(String e164) {
    PhoneNumber parsed = PhoneNumber.ofE164(e164);

    PhoneNumber loaded = column.convertToEntityAttribute(column.convertToDatabaseColumn(parsed));

    assertEquals(parsed, loaded);
    assertEquals(parsed.countryCallingCode(), loaded.countryCallingCode());
    assertEquals(parsed.nationalNumber(), loaded.nationalNumber());
    assertEquals(parsed.masked(), loaded.masked());
  }

  @Test
  void noNumberIsNoColumn() {
    assertNull(column.convertToDatabaseColumn(null));
    assertNull(column.convertToEntityAttribute(null));
  }
}
