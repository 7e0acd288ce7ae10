package io.phonebinding.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The hand-computed PBKDF2 is the JDK's PBKDF2WithHmacSHA256, and RFC 7914's test vector. */
class Pbkdf2Test {

  @Test
  void itIsTheJdksFunctionForShortLongAndNonAsciiPasswords() throws Exception {
    String[] passwords = {
      "correct horse battery", "p", "密码-пароль-🔑", "x".repeat(64), "y".repeat(65), "z".repeat(128)
    };
    byte[] salt = "a sixteen b salt".getBytes(StandardCharsets.UTF_8);
    for (String password : passwords) {
      for (int iterations : new int[] {1, 2, 1000}) {
        for (int keyBytes : new int[] {32, 20, 64, 40}) {
          assertArrayEquals(
              jdk(password, salt, iterations, keyBytes),
              Pbkdf2.derive(password, salt, iterations, keyBytes),
              password + " " + iterations + " " + keyBytes);
        }
      }
    }
  }

  @Test
  void itGivesRfc7914sTestVector() {
    // RFC 7914, section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64).
    byte[] expected =
        java.util.HexFormat.of()
            .parseHex(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                    + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    assertArrayEquals(
        expected, Pbkdf2.derive("passwd", "salt".getBytes(StandardCharsets.UTF_8), 1, 64));
  }

  private static byte[] jdk(String password, byte[] salt, int iterations, int keyBytes)
      throws Exception {
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8))
        .getEncoded();
  }
}
