package io.phonebinding.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

  /**
   * Two servers starting on an empty database both create the master secret; the one whose insert
   * loses gets, from the transaction interceptor, the commit's checked RollbackException, not a
   * runtime exception, and must still read the winner's secret.
   */
  @Test
  void aServerThatLosesTheRaceToCreateTheSecretUsesTheWinners() {
    String winners =
        Base64.getEncoder().encodeToString("the winner's secret".getBytes(StandardCharsets.UTF_8));
    int[] calls = {0};
    Secrets secrets = new Secrets();
    secrets.settings = new Settings();
    secrets.settings.secret = Optional.empty();
    secrets.store =
        new SecretStore() {
          @Override
          public String loadOrCreate(String name) {
            if (calls[0]++ == 0) {
              throw sneaky(new jakarta.transaction.RollbackException("duplicate key"));
            }
            return winners;
          }
        };

    secrets.load();

    assertEquals(2, calls[0]);
    Secrets expected = new Secrets();
    expected.settings = new Settings();
    expected.settings.secret = Optional.of("the winner's secret");
    expected.load();
    assertArrayEquals(expected.keyFor("purpose"), secrets.keyFor("purpose"));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable checked) throws T {
    throw (T) checked;
  }
}
