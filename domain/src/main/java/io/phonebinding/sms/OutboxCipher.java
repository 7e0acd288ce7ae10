package io.phonebinding.sms;

import io.phonebinding.config.Sealing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

  @Inject Sealing sealing;

  @Inject
  @ConfigProperty(name = "phonebind.sms.payload-key-id", defaultValue = "1")
  String currentKeyId;

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
    return Base64.getEncoder()
        .encodeToString(sealing.seal(purpose(currentKeyId), utf8(plain), utf8(context)));
  }

  /**
   * The plain text of a sealed value.
   *
   * @throws IllegalStateException when it was not sealed with this key id and context (a tampered
   *     row, or a master secret that changed)
   */
  public String open(String sealed, String keyId, String context) {
    byte[] plain = sealing.open(purpose(keyId), Base64.getDecoder().decode(sealed), utf8(context));
    return new String(plain, StandardCharsets.UTF_8);
  }

  private static String purpose(String keyId) {
    return "sms-outbox-payload/" + keyId;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
