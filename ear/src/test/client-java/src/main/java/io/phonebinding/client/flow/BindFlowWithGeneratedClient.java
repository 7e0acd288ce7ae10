package io.phonebinding.client.flow;

import io.phonebinding.client.ApiClient;
import io.phonebinding.client.ApiException;
import io.phonebinding.client.api.AccountApi;
import io.phonebinding.client.api.DevelopmentApi;
import io.phonebinding.client.api.PhoneApi;
import io.phonebinding.client.api.SmsApi;
import io.phonebinding.client.api.TokensApi;
import io.phonebinding.client.model.BindPhoneRequest;
import io.phonebinding.client.model.KeptMessage;
import io.phonebinding.client.model.OAuthTokens;
import io.phonebinding.client.model.Options;
import io.phonebinding.client.model.SendSmsRequest;
import io.phonebinding.client.model.SignInPasswordPayload;
import io.phonebinding.client.model.SignInRequest;
import io.phonebinding.client.model.SignUpPasswordPayload;
import io.phonebinding.client.model.SignUpRequest;
import io.phonebinding.client.model.TokenSet;
import io.phonebinding.client.model.User;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bind flow as an integrator writes it with the client openapi-generator made from the served
 * document: every call typed, every answer's data typed. Prints what it saw as one JSON line.
 *
 * <p>Arguments: the server's base URL, and a mainland mobile number to bind.
 */
public final class BindFlowWithGeneratedClient {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

  public static void main(String[] args) throws ApiException {
    ApiClient client = new ApiClient();
    client.updateBaseUri(args[0]);
    String phone = args[1];
    AccountApi accounts = new AccountApi(client);
    String username = "generated-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "correct-horse-42";

    User created =
        accounts
            .signUp(
                new SignUpRequest()
                    .connection("PASSWORD")
                    .passwordPayload(
                        new SignUpPasswordPayload().username(username).password(password)))
            .getData();
    TokenSet tokens =
        accounts
            .signIn(
                new SignInRequest()
                    .connection("PASSWORD")
                    .passwordPayload(
                        new SignInPasswordPayload().account(username).password(password))
                    .options(new Options().scope("openid profile offline_access"))
                    .clientId("generated-java-client"))
            .getData();
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + tokens.getAccessToken());

    new SmsApi(client)
        .sendSms(
            new SendSmsRequest()
                .channel("CHANNEL_BIND_PHONE")
                .phoneNumber(phone)
                .phoneCountryCode("+86"));
    List<KeptMessage> sent = new DevelopmentApi(client).listDevelopmentSms("+86" + phone);
    Matcher code = CODE.matcher(sent.get(0).getText());
    if (!code.find()) {
      throw new IllegalStateException("no code in " + sent.get(0).getText());
    }
    User bound =
        new PhoneApi(client)
            .bindPhone(
                new BindPhoneRequest()
                    .phoneNumber(phone)
                    .phoneCountryCode("+86")
                    .passCode(code.group(1)),
                bearer)
            .getData();
    User profile = accounts.getProfile(bearer).getData();
    OAuthTokens refreshed =
        new TokensApi(client)
            .getNewAccessTokenByRefreshToken(
                "refresh_token", tokens.getRefreshToken(), "generated-java-client", null);
    User afterRefresh =
        accounts
            .getProfile(Map.of("Authorization", "Bearer " + refreshed.getAccessToken()))
            .getData();

    System.out.println(
        "{\"userId\": \""
            + created.getUserId()
            + "\", \"phone\": \""
            + profile.getPhone()
            + "\", \"phoneVerified\": "
            + (bound.getPhoneVerified() && profile.getPhoneVerified())
            + ", \"refreshed\": "
            + (afterRefresh.getUserId().equals(created.getUserId())
                && !refreshed.getRefreshToken().equals(tokens.getRefreshToken()))
            + "}");
  }
}
