package io.phonebinding.infrastructure.sms;

import io.phonebinding.config.Settings;
import io.phonebinding.sms.AttemptState;
import io.phonebinding.sms.ForgedReceiptException;
import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.Receipt;
import io.phonebinding.sms.ReceiptRequest;
import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's Messages API: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with HTTP
 * Basic auth (account SID and auth token) and the form fields {@code To}, {@code Body}, either
 * {@code From} or {@code MessagingServiceSid}, and, when the service's public URL is set, {@code
 * StatusCallback}: Twilio then posts the message's status there, signed with {@code
 * X-Twilio-Signature}. The answer's {@code sid} is the message id.
 */
@ApplicationScoped
public class TwilioSmsProvider implements SmsProvider {

  /** Twilio's error codes that refuse the number itself: invalid, unreachable, opted out, fraud. */
  private static final Set<String> NUMBER_REFUSALS =
      Set.of("21211", "21214", "21217", "21610", "21614", "60410");

  @Inject ProviderHttp http;

  @Inject Settings settings;

  @Override
  public String type() {
    return "twilio";
  }

  @Override
  public String deliver(OutgoingSms message) throws SmsDeliveryException {
    InstanceSettings settings = new InstanceSettings(message.provider());
    String sid = settings.required("account-sid");
    String token = settings.required("auth-token");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("To", message.to().e164());
    Optional<String> service = settings.optional("messaging-service-sid");
    if (service.isPresent()) {
      form.put("MessagingServiceSid", service.get());
    } else {
      form.put("From", settings.required("from"));
    }
    form.put("Body", message.text());
    statusCallback(message.provider()).ifPresent(url -> form.put("StatusCallback", url));
    String credentials =
        Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        http.request(
                URI.create(
                    ProviderHttp.trimSlash(settings.orDefault("base-url", "https://api.twilio.com"))
                        + "/2010-04-01/Accounts/"
                        + sid
                        + "/Messages.json"))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build();
    HttpResponse<String> response = http.send(request, message.provider());
    refuseNumberIfTwilioSays(response, message.provider());
    ProviderHttp.requireSuccess(response, message.provider());
    return JsonFields.string(response.body(), "sid")
        .orElseThrow(() -> new SmsDeliveryException("twilio answered without a sid", false));
  }

  private static void refuseNumberIfTwilioSays(HttpResponse<String> response, String instance)
      throws SmsDeliveryException {
    if (response.statusCode() >= 400 && response.statusCode() < 500) {
      Optional<String> code = JsonFields.string(response.body(), "code");
      if (code.isPresent() && NUMBER_REFUSALS.contains(code.get())) {
        throw SmsDeliveryException.numberRefused(
            instance + " refused the number: Twilio error " + code.get());
      }
    }
  }

  /** Where Twilio posts this instance's statuses: the public URL, never a request's Host. */
  private Optional<String> statusCallback(String instance) {
    return settings
        .publicBaseUrl()
        .filter(
            url ->
                !new InstanceSettings(instance)
                    .optional("status-callback")
                    .equals(Optional.of("false")))
        .map(url -> url + "/api/sms/receipts/twilio/" + instance);
  }

  @Override
  public boolean reportsReceipts(String instance) {
    return statusCallback(instance).isPresent();
  }

  /**
   * A status callback, once its {@code X-Twilio-Signature} is Twilio's: Base64 of the HMAC-SHA1,
   * keyed by the auth token, of the callback URL followed by every form field's name and value,
   * sorted by name; compared in constant time.
   */
  @Override
  public List<Receipt> receipts(String instance, ReceiptRequest request) {
    String url =
        statusCallback(instance)
            .orElseThrow(() -> new ForgedReceiptException(instance + " has no status callback"));
    String token =
        new InstanceSettings(instance)
            .optional("auth-token")
            .orElseThrow(() -> new ForgedReceiptException(instance + " has no auth token"));
    String given = request.header("X-Twilio-Signature");
    if (given == null
        || !MessageDigest.isEqual(
            signature(token, url, request.form()).getBytes(StandardCharsets.US_ASCII),
            given.strip().getBytes(StandardCharsets.US_ASCII))) {
      throw new ForgedReceiptException("X-Twilio-Signature does not match");
    }
    String sid = request.form().get("MessageSid");
    if (sid == null) {
      return List.of();
    }
    return List.of(
        new Receipt(
            sid,
            null,
            stateOf(request.form().get("MessageStatus")),
            request.form().get("ErrorCode")));
  }

  /** Twilio's signature of a request to {@code url} with these form fields. */
  static String signature(String authToken, String url, Map<String, String> form) {
    StringBuilder signed = new StringBuilder(url);
    new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  private static AttemptState stateOf(String status) {
    if (status == null) {
      return AttemptState.ACCEPTED;
    }
    return switch (status) {
      case "delivered", "read" -> AttemptState.DELIVERED;
      case "undelivered" -> AttemptState.UNDELIVERED;
      case "failed", "canceled" -> AttemptState.FAILED;
      default -> AttemptState.ACCEPTED;
    };
  }

  static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
