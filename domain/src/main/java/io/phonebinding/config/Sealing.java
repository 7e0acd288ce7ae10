package io.phonebinding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals bytes with AES-256-GCM under a key derived from the master secret for one purpose, bound to
 * a context that is authenticated but not stored: a sealed value opens only for the same purpose
 * and context, on any server sharing the master secret. The sealed form is the random 12-byte nonce
 * followed by the cipher text and its tag.
 */
@ApplicationScoped
public class Sealing {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject Secrets secrets;

  private final SecureRandom random = new SecureRandom();

  public byte[] seal(String purpose, byte[] plain, byte[] context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, purpose, nonce, context, plain);
    return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
  }

  /**
   * The plain bytes of a sealed value.
   *
   * @throws IllegalStateException when it was not sealed for this purpose and context (tampered
   *     with, moved, or sealed under another master secret)
   */
  public byte[] open(String purpose, byte[] sealed, byte[] context) {
    if (sealed.length <= NONCE_BYTES) {
      throw new IllegalStateException("sealed value is too short");
    }
    byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
    return run(Cipher.DECRYPT_MODE, purpose, nonce, context, body);
  }

  private byte[] run(int mode, String purpose, byte[] nonce, byte[] context, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          mode,
          new SecretKeySpec(secrets.keyFor(purpose), "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          purpose + " cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
    }
  }
}
