package io.phonebinding.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

public class SealingTest {

  /** Sealing with keys derived from a fixed test master secret. */
  public static Sealing sealing(String master) {
    Sealing sealing = new Sealing();
    sealing.secrets =
        new Secrets() {
          @Override
          public byte[] keyFor(String purpose) {
            return Arrays.copyOf((master + "/" + purpose).getBytes(StandardCharsets.UTF_8), 32);
          }
        };
    return sealing;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSealedValueOpensOnAnotherServerWithTheSameMasterSecret() {
    byte[] sealed = sealing("shared").seal("view", bytes("the state"), bytes("session:1"));

    assertArrayEquals(
        bytes("the state"), sealing("shared").open("view", sealed, bytes("session:1")));
  }

  @Test
  void aSealedValueOpensForNoOtherContextPurposeOrMasterSecret() {
    byte[] sealed = sealing("shared").seal("view", bytes("the state"), bytes("session:1"));

    assertThrows(
        IllegalStateException.class,
        () -> sealing("shared").open("view", sealed, bytes("session:2")));
    assertThrows(
        IllegalStateException.class,
        () -> sealing("shared").open("outbox", sealed, bytes("session:1")));
    assertThrows(
        IllegalStateException.class,
        () -> sealing("other").open("view", sealed, bytes("session:1")));
  }

  @Test
  void aChangedOrCutSealedValueDoesNotOpen() {
    byte[] sealed = sealing("shared").seal("view", bytes("the state"), bytes("session:1"));
    byte[] changed = sealed.clone();
    changed[changed.length - 1] ^= 1;

    assertThrows(
        IllegalStateException.class,
        () -> sealing("shared").open("view", changed, bytes("session:1")));
    assertThrows(
        IllegalStateException.class,
        () -> sealing("shared").open("view", Arrays.copyOf(sealed, 12), bytes("session:1")));
  }
}
