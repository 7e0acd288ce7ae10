package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.config.SealingTest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutboxCipherTest {

  /** A cipher sealing with {@code keyId}, keys derived from a fixed test master secret. */
  static OutboxCipher cipher(String keyId) {
    OutboxCipher cipher = new OutboxCipher();
    cipher.sealing = SealingTest.sealing("test-master");
    cipher.currentKeyId = keyId;
    return cipher;
  }

  /** Every field of an object as text, as a database dump would show its row. */
  static String fieldsOf(Object row) {
    return Arrays.stream(row.getClass().getDeclaredFields())
        .map(
            field -> {
              try {
                field.setAccessible(true);
                return String.valueOf(field.get(row));
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            })
        .collect(Collectors.joining("|"));
  }

  @Test
  void sealedTextOpensWithItsKeyIdAndContext() {
    OutboxCipher cipher = cipher("1");

    String sealed = cipher.seal("code 123456", "+8618888888888\nCHANNEL_BIND_PHONE\ntext");

    assertEquals(
        "code 123456", cipher.open(sealed, "1", "+8618888888888\nCHANNEL_BIND_PHONE\ntext"));
    assertNotEquals(sealed, cipher.seal("code 123456", "+8618888888888\nCHANNEL_BIND_PHONE\ntext"));
  }

  @Test
  void sealedTextMovedToAnotherRecipientOrKeyDoesNotOpen() {
    OutboxCipher cipher = cipher("1");
    String sealed = cipher.seal("code 123456", "+8618888888888\nCHANNEL_BIND_PHONE\ntext");

    assertThrows(
        IllegalStateException.class,
        () -> cipher.open(sealed, "1", "+8618888888889\nCHANNEL_BIND_PHONE\ntext"));
    assertThrows(
        IllegalStateException.class,
        () -> cipher.open(sealed, "2", "+8618888888888\nCHANNEL_BIND_PHONE\ntext"));
  }
}
