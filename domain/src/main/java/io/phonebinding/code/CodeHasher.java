package io.phonebinding.code;

import io.phonebinding.phone.SmsChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of a code, bound to its phone (or e-mail address) and channel. A
 * database leak alone does not reveal codes: six digits are trivial to brute-force from a plain
 * hash, not from an HMAC.
 */
public final class CodeHasher {

  private final SecretKeySpec key;

  public CodeHasher(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("code hash key must have at least 256 bits");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  public String hash(String phoneE164, SmsChannel channel, String code) {
    return hash(phoneE164, channel.name(), code);
  }

  /** The hash of a code sent to a destination (a phone's E.164 form, an e-mail address). */
  public String hash(String destination, String channelName, String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      String message = destination + '\n' + channelName + '\n' + code;
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
