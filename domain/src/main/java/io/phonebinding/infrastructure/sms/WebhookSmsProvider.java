package io.phonebinding.infrastructure.sms;

import io.phonebinding.sms.AttemptState;
import io.phonebinding.sms.ForgedReceiptException;
import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.Receipt;
import io.phonebinding.sms.ReceiptRequest;
import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A generic HTTP webhook, for private SMS gateways: {@code POST} of {@code {"id", "attemptId",
 * "to", "purpose", "text", "templateParams"}} as JSON. Headers: {@code X-PhoneBinding-Message-Id}
 * (stable across retries and providers, for de-duplication), {@code X-PhoneBinding-Attempt-Id},
 * {@code X-PhoneBinding-Timestamp} (epoch seconds) and {@code X-PhoneBinding-Signature: sha256=<hex
 * HMAC-SHA256 of "timestamp.body" with the shared secret>}. Any 2xx is success (an {@code id} field
 * in the answer is kept as message id); 422 refuses the number; 408, 429 and 5xx are for now; other
 * answers refuse the message. With {@code receipts=true} the gateway reports each message back,
 * signed the same way ({@link #receipts}).
 */
@ApplicationScoped
public class WebhookSmsProvider implements SmsProvider {

  /** Looked up once: {@code Json.create...} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String SIGNATURE_HEADER = "X-PhoneBinding-Signature";
  public static final String TIMESTAMP_HEADER = "X-PhoneBinding-Timestamp";
  public static final String MESSAGE_ID_HEADER = "X-PhoneBinding-Message-Id";
  public static final String ATTEMPT_ID_HEADER = "X-PhoneBinding-Attempt-Id";

  /** A receipt signed longer ago than this (or as far ahead) is refused as replayed. */
  static final Duration RECEIPT_FRESHNESS = Duration.ofMinutes(5);

  private static final int NUMBER_REFUSED = 422;

  @Inject ProviderHttp http;

  @Inject Clock clock;

  @Override
  public String type() {
    return "webhook";
  }

  @Override
  public String deliver(OutgoingSms message) throws SmsDeliveryException {
    InstanceSettings settings = new InstanceSettings(message.provider());
    String target = settings.required("url");
    String key = settings.required("secret");
    String body = payload(message);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request =
        http.request(URI.create(target))
            .header("Content-Type", "application/json")
            .header(MESSAGE_ID_HEADER, String.valueOf(message.id()))
            .header(ATTEMPT_ID_HEADER, String.valueOf(message.attemptId()))
            .header(TIMESTAMP_HEADER, timestamp)
            .header(SIGNATURE_HEADER, "sha256=" + signature(key, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, message.provider());
    if (response.statusCode() == NUMBER_REFUSED) {
      throw SmsDeliveryException.numberRefused(message.provider() + " refused the number (422)");
    }
    ProviderHttp.requireSuccess(response, message.provider());
    return JsonFields.string(response.body(), "id").orElse("webhook-" + message.attemptId());
  }

  @Override
  public boolean reportsReceipts(String instance) {
    return new InstanceSettings(instance).isOn("receipts");
  }

  /**
   * A gateway's receipt, {@code {"id", "status": "delivered"|"undelivered"|"failed", "error"?}}
   * ({@code id} as the gateway answered it, or {@code attemptId}), once its signature (the same as
   * on messages) is right and it was signed within the last 5 minutes.
   */
  @Override
  public List<Receipt> receipts(String instance, ReceiptRequest request) {
    InstanceSettings settings = new InstanceSettings(instance);
    if (!settings.isOn("receipts")) {
      throw new ForgedReceiptException(instance + " takes no receipts");
    }
    String key =
        settings.optional("secret").orElseThrow(() -> new ForgedReceiptException("no secret"));
    String timestamp = request.header(TIMESTAMP_HEADER);
    String given = request.header(SIGNATURE_HEADER);
    if (timestamp == null || given == null || !isFresh(timestamp)) {
      throw new ForgedReceiptException("an unsigned or stale receipt");
    }
    String body = request.body() == null ? "" : request.body();
    if (!MessageDigest.isEqual(
        ("sha256=" + signature(key, timestamp.strip(), body)).getBytes(StandardCharsets.US_ASCII),
        given.strip().getBytes(StandardCharsets.US_ASCII))) {
      throw new ForgedReceiptException(SIGNATURE_HEADER + " does not match");
    }
    return receiptIn(body);
  }

  private boolean isFresh(String timestamp) {
    try {
      long signedAt = Long.parseLong(timestamp.strip());
      return Math.abs(clock.instant().getEpochSecond() - signedAt) <= RECEIPT_FRESHNESS.toSeconds();
    } catch (NumberFormatException notATime) {
      return false;
    }
  }

  private static List<Receipt> receiptIn(String body) {
    JsonObject receipt;
    try (var reader = JSON.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return List.of();
      }
      receipt = value.asJsonObject();
    } catch (JsonException | IllegalStateException notJson) {
      return List.of();
    }
    AttemptState state =
        switch (receipt.getString("status", "")) {
          case "delivered" -> AttemptState.DELIVERED;
          case "undelivered" -> AttemptState.UNDELIVERED;
          case "failed" -> AttemptState.FAILED;
          default -> AttemptState.ACCEPTED;
        };
    Long attemptId =
        receipt.get("attemptId") instanceof JsonNumber number ? number.longValue() : null;
    String id = receipt.get("id") instanceof JsonString text ? text.getString() : null;
    if (id == null && attemptId == null) {
      return List.of();
    }
    return List.of(new Receipt(id, attemptId, state, receipt.getString("error", null)));
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
        .add("attemptId", message.attemptId())
        .add("to", message.to().e164())
        .add("purpose", message.purpose())
        .add("text", message.text())
        .add("templateParams", params)
        .build()
        .toString();
  }
}
