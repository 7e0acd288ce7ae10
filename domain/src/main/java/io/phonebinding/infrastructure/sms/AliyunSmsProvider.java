package io.phonebinding.infrastructure.sms;

import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsMessage;
import io.phonebinding.sms.SmsProvider;
import io.phonebinding.sms.TemplateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alibaba Cloud SMS {@code SendSms} (API version 2017-05-25), a signed RPC call posted as a form.
 * Aliyun sends from its own approved templates, so the message goes as a template code with
 * parameters ({@code code} for codes, {@code account} for notices), under the approved sign name.
 * The answer's {@code BizId} is the message id; any {@code Code} but {@code OK} is a failure.
 */
@ApplicationScoped
public class AliyunSmsProvider implements SmsProvider {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** Aliyun's answers that mean "not now" rather than "never". */
  private static final Set<String> RETRYABLE_CODES =
      Set.of("isv.BUSINESS_LIMIT_CONTROL", "Throttling", "ServiceUnavailable", "InternalError");

  @Inject ProviderHttp http;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "phonebind.sms.aliyun.endpoint",
      defaultValue = "https://dysmsapi.aliyuncs.com")
  String endpoint;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.region", defaultValue = "cn-hangzhou")
  String region;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.access-key-id")
  Optional<String> accessKeyId;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.access-key-secret")
  Optional<String> accessKeySecret;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.sign-name")
  Optional<String> signName;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.template-code")
  Optional<String> codeTemplate;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.notice-template-code")
  Optional<String> noticeTemplate;

  @Inject
  @ConfigProperty(name = "phonebind.sms.aliyun.password-reset-template-code")
  Optional<String> passwordResetTemplate;

  @Override
  public String name() {
    return "aliyun";
  }

  /** Aliyun sends only approved templates: one for codes and one per kind of notice. */
  private String templateOf(OutgoingSms message) throws SmsDeliveryException {
    if (message.carriesCode()) {
      return ProviderHttp.required(codeTemplate, "PHONEBIND_SMS_ALIYUN_TEMPLATE_CODE");
    }
    if (SmsMessage.NOTICE_PASSWORD_RESET.equals(message.purpose())) {
      return ProviderHttp.required(
          passwordResetTemplate, "PHONEBIND_SMS_ALIYUN_PASSWORD_RESET_TEMPLATE_CODE");
    }
    return ProviderHttp.required(noticeTemplate, "PHONEBIND_SMS_ALIYUN_NOTICE_TEMPLATE_CODE");
  }

  @Override
  public String deliver(OutgoingSms message) throws SmsDeliveryException {
    String secret =
        ProviderHttp.required(accessKeySecret, "PHONEBIND_SMS_ALIYUN_ACCESS_KEY_SECRET");
    SortedMap<String, String> parameters = new TreeMap<>();
    parameters.put(
        "AccessKeyId", ProviderHttp.required(accessKeyId, "PHONEBIND_SMS_ALIYUN_ACCESS_KEY_ID"));
    parameters.put("Action", "SendSms");
    parameters.put("Format", "JSON");
    parameters.put("OutId", String.valueOf(message.id()));
    parameters.put("PhoneNumbers", aliyunNumber(message));
    parameters.put("RegionId", region);
    parameters.put("SignName", ProviderHttp.required(signName, "PHONEBIND_SMS_ALIYUN_SIGN_NAME"));
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", UUID.randomUUID().toString());
    parameters.put("SignatureVersion", "1.0");
    parameters.put("TemplateCode", templateOf(message));
    parameters.put("TemplateParam", TemplateParams.toJson(message.templateParams()));
    parameters.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    parameters.put("Version", "2017-05-25");
    String signature = AliyunSignature.sign("POST", parameters, secret);
    String body =
        AliyunSignature.canonicalQuery(parameters)
            + "&Signature="
            + AliyunSignature.percentEncode(signature);

    HttpRequest request =
        http.request(URI.create(ProviderHttp.trimSlash(endpoint) + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, name());
    String code = JsonFields.string(response.body(), "Code").orElse("");
    if (response.statusCode() >= 200 && response.statusCode() < 300 && "OK".equals(code)) {
      return JsonFields.string(response.body(), "BizId")
          .orElseThrow(() -> new SmsDeliveryException("aliyun answered OK without a BizId", false));
    }
    if (code.isEmpty()) {
      ProviderHttp.requireSuccess(response, name());
    }
    String reason = JsonFields.string(response.body(), "Message").orElse("");
    throw new SmsDeliveryException(
        "aliyun refused: " + code + " " + reason,
        RETRYABLE_CODES.contains(code)
            || SmsDeliveryException.isRetryableStatus(response.statusCode()));
  }

  /** Mainland numbers go without country code; others with it, without the plus. */
  private static String aliyunNumber(OutgoingSms message) {
    return "+86".equals(message.to().countryCallingCode())
        ? message.to().nationalNumber()
        : message.to().e164().substring(1);
  }
}
