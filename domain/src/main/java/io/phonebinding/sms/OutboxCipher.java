package io.phonebinding.sms;

import io.phonebinding.config.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals what a pending message says (its text and template parameters hold a live code) with
 * AES-256-GCM, so a backup or a read-only replica of the outbox reveals no code. Each key is
 * derived from the master secret and a key id; the id is stored with the message, so the operator
 * can move to a new key ({@code phonebind.sms.payload-key-id}) while messages sealed with the old
 * one are still delivered. The recipient and purpose are authenticated with the payload, so a
 * sealed text cannot be moved to another row's recipient.
 */
@ApplicationScoped
public class OutboxCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject Secrets secrets;

  @Inject
  @ConfigProperty(name = "phonebind.sms.payload-key-id", defaultValue = "1")
  String currentKeyId;

  private final SecureRandom random = new SecureRandom();

  @PostConstruct
  void checkKeyId() {
    if (currentKeyId.isBlank() || currentKeyId.length() > 16) {
      throw new IllegalStateException("phonebind.sms.payload-key-id must have 1 to 16 characters");
    }
  }

  /** The id of the key new messages are sealed with. */
  public String currentKeyId() {
    return currentKeyId;
  }

  /** The plain text sealed with the current key, bound to {@code context}; Base64. */
  public String seal(String plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed =
        run(
            Cipher.ENCRYPT_MODE,
            currentKeyId,
            nonce,
            context,
            plain.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder()
        .encodeToString(
            ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  /**
   * The plain text of a sealed value.
   *
   * @throws IllegalStateException when it was not sealed with this key id and context (a tampered
   *     row, or a master secret that changed)
   */
  public String open(String sealed, String keyId, String context) {
    byte[] bytes = Base64.getDecoder().decode(sealed);
    if (bytes.length <= NONCE_BYTES) {
      throw new IllegalStateException("sealed outbox payload is too short");
    }
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] body = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return new String(
        run(Cipher.DECRYPT_MODE, keyId, nonce, context, body), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, String keyId, byte[] nonce, String context, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      SecretKeySpec key = new SecretKeySpec(secrets.keyFor("sms-outbox-payload/" + keyId), "AES");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "outbox payload cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
    }
  }
}
