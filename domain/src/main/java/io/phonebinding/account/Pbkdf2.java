package io.phonebinding.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2 with HMAC-SHA256 (RFC 8018), the same function as the JDK's {@code PBKDF2WithHmacSHA256}
 * (a test holds them equal), computed the way password crackers compute it: the HMAC's two keyed
 * states are hashed once and copied for each iteration, so an iteration costs two SHA-256 blocks
 * instead of the four the JDK's HMAC spends re-keying itself. The iteration count, which is what an
 * attacker pays for, is unchanged; the server just stops paying twice what the attacker does.
 */
final class Pbkdf2 {

  private static final int BLOCK_BYTES = 64;
  private static final int HASH_BYTES = 32;

  private Pbkdf2() {}

  static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
    byte[] key = utf8(password);
    MessageDigest inner = keyed(key, (byte) 0x36);
    MessageDigest outer = keyed(key, (byte) 0x5c);
    Arrays.fill(key, (byte) 0);
    byte[] derived = new byte[keyBytes];
    for (int block = 1, offset = 0; offset < keyBytes; block++, offset += HASH_BYTES) {
      byte[] u = hmac(inner, outer, salt, ByteBuffer.allocate(4).putInt(block).array());
      byte[] t = u.clone();
      for (int i = 1; i < iterations; i++) {
        u = hmac(inner, outer, u, null);
        for (int b = 0; b < HASH_BYTES; b++) {
          t[b] ^= u[b];
        }
      }
      System.arraycopy(t, 0, derived, offset, Math.min(HASH_BYTES, keyBytes - offset));
    }
    return derived;
  }

  /** SHA-256 with one block of the key, padded and masked, already hashed. */
  private static MessageDigest keyed(byte[] key, byte mask) {
    MessageDigest digest = sha256();
    byte[] block = new byte[BLOCK_BYTES];
    byte[] shortKey = key.length > BLOCK_BYTES ? sha256().digest(key) : key;
    for (int i = 0; i < BLOCK_BYTES; i++) {
      block[i] = (byte) ((i < shortKey.length ? shortKey[i] : 0) ^ mask);
    }
    digest.update(block);
    Arrays.fill(block, (byte) 0);
    return digest;
  }

  private static byte[] hmac(MessageDigest inner, MessageDigest outer, byte[] data, byte[] more) {
    MessageDigest innerCopy = copy(inner);
    innerCopy.update(data);
    if (more != null) {
      innerCopy.update(more);
    }
    MessageDigest outerCopy = copy(outer);
    outerCopy.update(innerCopy.digest());
    return outerCopy.digest();
  }

  private static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be copied", e);
    }
  }

  /** The password's UTF-8 bytes, as the JDK's PBKDF2 takes them. */
  private static byte[] utf8(String password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
