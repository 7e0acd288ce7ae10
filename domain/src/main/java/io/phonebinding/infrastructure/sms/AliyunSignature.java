package io.phonebinding.infrastructure.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature, version 1.0 (HMAC-SHA1), as its documentation gives it:
 * sort the parameters by name, percent-encode names and values (RFC 3986: space is %20, {@code *}
 * is %2A, {@code ~} stays), join them into the canonical query, build {@code METHOD&%2F&} plus the
 * encoded canonical query, and sign that with the AccessKey secret followed by {@code &}.
 */
final class AliyunSignature {

  private AliyunSignature() {}

  static String sign(
      String httpMethod, SortedMap<String, String> parameters, String accessKeySecret) {
    String stringToSign =
        httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(
          new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  /** The sorted {@code name=value&...} string, names and values percent-encoded. */
  static String canonicalQuery(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            parameter ->
                percentEncode(parameter.getKey()) + "=" + percentEncode(parameter.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String percentEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
