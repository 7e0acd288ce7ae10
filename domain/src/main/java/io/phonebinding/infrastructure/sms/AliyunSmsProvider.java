package io.phonebinding.infrastructure.sms;

import io.phonebinding.request.AddressRanges;
import io.phonebinding.sms.AttemptState;
import io.phonebinding.sms.ForgedReceiptException;
import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.Receipt;
import io.phonebinding.sms.ReceiptRequest;
import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsMessage;
import io.phonebinding.sms.SmsProvider;
import io.phonebinding.sms.TemplateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Alibaba Cloud SMS {@code SendSms} (API version 2017-05-25), a signed RPC call posted as a form.
 * Aliyun sends from its own approved templates, so the message goes as a template code with
 * parameters ({@code code} for codes, {@code account} for notices), under the approved sign name.
 * The answer's {@code BizId} is the message id; any {@code Code} but {@code OK} is a failure.
 * {@code OutId} carries our attempt id, which Aliyun's receipts ({@code SmsReport}, pushed over
 * HTTP) name again: Aliyun does not sign them, so their URL carries a long secret of this
 * instance's ({@code receipt-token}) and their sender may be held to address ranges ({@code
 * receipt-sources}).
 */
@ApplicationScoped
public class AliyunSmsProvider implements SmsProvider {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** Aliyun's answers that mean "not now" rather than "never". */
  private static final Set<String> RETRYABLE_CODES =
      Set.of("isv.BUSINESS_LIMIT_CONTROL", "Throttling", "ServiceUnavailable", "InternalError");

  /** Aliyun's answers that refuse the number itself. */
  private static final Set<String> NUMBER_REFUSALS =
      Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.BLACK_KEY_CONTROL_LIMIT");

  /** Looked up once: {@code Json.create...} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject ProviderHttp http;

  @Inject Clock clock;

  @Override
  public String type() {
    return "aliyun";
  }

  /** Aliyun sends only approved templates: one for codes and one per kind of notice. */
  private static String templateOf(OutgoingSms message, InstanceSettings settings)
      throws SmsDeliveryException {
    if (message.carriesCode()) {
      return settings.required("template-code");
    }
    if (SmsMessage.NOTICE_PASSWORD_RESET.equals(message.purpose())) {
      return settings.required("password-reset-template-code");
    }
    return settings.required("notice-template-code");
  }

  /**
   * A code's parameters are those its approved template uses, named in {@code template-params}
   * ({@code code} by default; {@code autofill}, {@code host}, {@code embeddedHost} and {@code
   * appHash} carry the autofill line); a notice's are all its own.
   */
  static Map<String, String> templateParamsOf(OutgoingSms message, String templateUses) {
    if (!message.carriesCode()) {
      return message.templateParams();
    }
    Set<String> used = Set.copyOf(List.of(templateUses.split("\\s*,\\s*")));
    Map<String, String> params = new LinkedHashMap<>();
    message
        .templateParams()
        .forEach(
            (name, value) -> {
              if (used.contains(name)) {
                params.put(name, value);
              }
            });
    return params;
  }

  @Override
  public String deliver(OutgoingSms message) throws SmsDeliveryException {
    InstanceSettings settings = new InstanceSettings(message.provider());
    String secret = settings.required("access-key-secret");
    SortedMap<String, String> parameters = new TreeMap<>();
    parameters.put("AccessKeyId", settings.required("access-key-id"));
    parameters.put("Action", "SendSms");
    parameters.put("Format", "JSON");
    parameters.put("OutId", String.valueOf(message.attemptId()));
    parameters.put("PhoneNumbers", aliyunNumber(message));
    parameters.put("RegionId", settings.orDefault("region", "cn-hangzhou"));
    parameters.put("SignName", settings.required("sign-name"));
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", UUID.randomUUID().toString());
    parameters.put("SignatureVersion", "1.0");
    parameters.put("TemplateCode", templateOf(message, settings));
    parameters.put(
        "TemplateParam",
        TemplateParams.toJson(
            templateParamsOf(message, settings.orDefault("template-params", "code").strip())));
    parameters.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    parameters.put("Version", "2017-05-25");
    String signature = AliyunSignature.sign("POST", parameters, secret);
    String body =
        AliyunSignature.canonicalQuery(parameters)
            + "&Signature="
            + AliyunSignature.percentEncode(signature);

    HttpRequest request =
        http.request(
                URI.create(
                    ProviderHttp.trimSlash(
                            settings.orDefault("endpoint", "https://dysmsapi.aliyuncs.com"))
                        + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, message.provider());
    String code = JsonFields.string(response.body(), "Code").orElse("");
    if (response.statusCode() >= 200 && response.statusCode() < 300 && "OK".equals(code)) {
      return JsonFields.string(response.body(), "BizId")
          .orElseThrow(() -> new SmsDeliveryException("aliyun answered OK without a BizId", false));
    }
    if (code.isEmpty()) {
      ProviderHttp.requireSuccess(response, message.provider());
    }
    String reason = JsonFields.string(response.body(), "Message").orElse("");
    if (NUMBER_REFUSALS.contains(code)) {
      throw SmsDeliveryException.numberRefused("aliyun refused the number: " + code + " " + reason);
    }
    throw new SmsDeliveryException(
        "aliyun refused: " + code + " " + reason,
        RETRYABLE_CODES.contains(code)
            || SmsDeliveryException.isRetryableStatus(response.statusCode()));
  }

  @Override
  public boolean reportsReceipts(String instance) {
    return new InstanceSettings(instance).optional("receipt-token").isPresent();
  }

  /**
   * A batch of {@code SmsReport}s, once the URL's secret is this instance's (compared in constant
   * time) and the sender is in its {@code receipt-sources}, when those are set. {@code out_id} is
   * our attempt id; {@code success} says delivered or not.
   */
  @Override
  public List<Receipt> receipts(String instance, ReceiptRequest request) {
    InstanceSettings settings = new InstanceSettings(instance);
    String token =
        settings
            .optional("receipt-token")
            .orElseThrow(() -> new ForgedReceiptException(instance + " takes no receipts"));
    if (request.urlToken() == null
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            request.urlToken().getBytes(StandardCharsets.UTF_8))) {
      throw new ForgedReceiptException("the receipt URL's secret does not match");
    }
    AddressRanges sources =
        AddressRanges.parse(
            settings.orDefault("receipt-sources", ""), settings.variable("receipt-sources"));
    if (!sources.isEmpty() && !sources.contains(request.clientIp())) {
      throw new ForgedReceiptException(
          "a receipt from outside " + settings.variable("receipt-sources"));
    }
    return reportsIn(request.body());
  }

  private static List<Receipt> reportsIn(String body) {
    JsonArray reports;
    try (var reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      reports =
          value.getValueType() == JsonValue.ValueType.ARRAY
              ? value.asJsonArray()
              : JSON.createArrayBuilder().add(value).build();
    } catch (JsonException | IllegalStateException notJson) {
      return List.of();
    }
    List<Receipt> receipts = new ArrayList<>();
    for (JsonValue value : reports) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        continue;
      }
      JsonObject report = value.asJsonObject();
      Long attemptId = number(report.get("out_id"));
      String bizId = text(report.get("biz_id"));
      if (attemptId == null && bizId == null) {
        continue;
      }
      boolean success =
          report.get("success") != null && report.get("success").equals(JsonValue.TRUE);
      receipts.add(
          new Receipt(
              bizId,
              attemptId,
              success ? AttemptState.DELIVERED : AttemptState.UNDELIVERED,
              success ? null : text(report.get("err_code"))));
    }
    return receipts;
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((JsonString) value).getString()
        : value.toString();
  }

  private static Long number(JsonValue value) {
    String text = text(value);
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }

  /** Mainland numbers go without country code; others with it, without the plus. */
  private static String aliyunNumber(OutgoingSms message) {
    return "+86".equals(message.to().countryCallingCode())
        ? message.to().nationalNumber()
        : message.to().e164().substring(1);
  }
}
