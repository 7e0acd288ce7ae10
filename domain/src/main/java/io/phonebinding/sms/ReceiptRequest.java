package io.phonebinding.sms;

import java.util.Locale;
import java.util.Map;

/**
 * A provider's call to a receipt endpoint, as received: its headers (names in lower case), its
 * body, its form fields when it posted a form, the client's address (behind trusted proxies), and
 * the secret its URL carries for providers that do not sign (else null).
 */
public record ReceiptRequest(
    Map<String, String> headers,
    String body,
    Map<String, String> form,
    String clientIp,
    String urlToken) {

  public ReceiptRequest {
    headers = Map.copyOf(headers);
    form = Map.copyOf(form);
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
