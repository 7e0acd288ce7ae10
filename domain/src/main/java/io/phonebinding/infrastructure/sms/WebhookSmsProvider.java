package io.phonebinding.infrastructure.sms;

import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A generic HTTP webhook, for private SMS gateways: {@code POST} of {@code {"id", "to", "purpose",
 * "text", "templateParams"}} as JSON. Headers: {@code X-PhoneBinding-Message-Id} (stable across
 * retries, for de-duplication), {@code X-PhoneBinding-Timestamp} (epoch seconds) and {@code
 * X-PhoneBinding-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body" with the shared secret>}.
 * Any 2xx is success; an {@code id} field in the answer is kept as message id.
 */
@ApplicationScoped
public class WebhookSmsProvider implements SmsProvider {

  /** Looked up once: {@code Json.create...} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String SIGNATURE_HEADER = "X-PhoneBinding-Signature";
  public static final String TIMESTAMP_HEADER = "X-PhoneBinding-Timestamp";
  public static final String MESSAGE_ID_HEADER = "X-PhoneBinding-Message-Id";

  @Inject ProviderHttp http;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "phonebind.sms.webhook.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "phonebind.sms.webhook.secret")
  Optional<String> secret;

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public String deliver(OutgoingSms message) throws SmsDeliveryException {
    String target = ProviderHttp.required(url, "PHONEBIND_SMS_WEBHOOK_URL");
    String key = ProviderHttp.required(secret, "PHONEBIND_SMS_WEBHOOK_SECRET");
    String body = payload(message);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request =
        http.request(URI.create(target))
            .header("Content-Type", "application/json")
            .header(MESSAGE_ID_HEADER, String.valueOf(message.id()))
            .header(TIMESTAMP_HEADER, timestamp)
            .header(SIGNATURE_HEADER, "sha256=" + signature(key, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, name());
    ProviderHttp.requireSuccess(response, name());
    return JsonFields.string(response.body(), "id").orElse("webhook-" + message.id());
  }

  static String signature(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String payload(OutgoingSms message) {
    JsonObjectBuilder params = JSON.createObjectBuilder();
    message.templateParams().forEach(params::add);
    return JSON.createObjectBuilder()
        .add("id", message.id())
        .add("to", message.to().e164())
        .add("purpose", message.purpose())
        .add("text", message.text())
        .add("templateParams", params)
        .build()
        .toString();
  }
}
