package io.phonebinding.infrastructure.sms;

import io.phonebinding.sms.OutgoingSms;
import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Twilio's Messages API: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with HTTP
 * Basic auth (account SID and auth token) and the form fields {@code To}, {@code Body} and either
 * {@code From} or {@code MessagingServiceSid}. The answer's {@code sid} is the message id.
 */
@ApplicationScoped
public class TwilioSmsProvider implements SmsProvider {

  @Inject ProviderHttp http;

  @Inject
  @ConfigProperty(name = "phonebind.sms.twilio.base-url", defaultValue = "https://api.twilio.com")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "phonebind.sms.twilio.account-sid")
  Optional<String> accountSid;

  @Inject
  @ConfigProperty(name = "phonebind.sms.twilio.auth-token")
  Optional<String> authToken;

  @Inject
  @ConfigProperty(name = "phonebind.sms.twilio.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "phonebind.sms.twilio.messaging-service-sid")
  Optional<String> messagingServiceSid;

  @Override
  public String name() {
    return "twilio";
  }

  @Override
  public String deliver(OutgoingSms message) throws SmsDeliveryException {
    String sid = ProviderHttp.required(accountSid, "PHONEBIND_SMS_TWILIO_ACCOUNT_SID");
    String token = ProviderHttp.required(authToken, "PHONEBIND_SMS_TWILIO_AUTH_TOKEN");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("To", message.to().e164());
    if (messagingServiceSid.filter(s -> !s.isBlank()).isPresent()) {
      form.put("MessagingServiceSid", messagingServiceSid.get());
    } else {
      form.put("From", ProviderHttp.required(from, "PHONEBIND_SMS_TWILIO_FROM"));
    }
    form.put("Body", message.text());
    String credentials =
        Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        http.request(
                URI.create(
                    ProviderHttp.trimSlash(baseUrl)
                        + "/2010-04-01/Accounts/"
                        + sid
                        + "/Messages.json"))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build();
    HttpResponse<String> response = http.send(request, name());
    ProviderHttp.requireSuccess(response, name());
    return JsonFields.string(response.body(), "sid")
        .orElseThrow(() -> new SmsDeliveryException("twilio answered without a sid", false));
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
