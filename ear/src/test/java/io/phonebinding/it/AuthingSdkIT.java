package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.authing.sdk.java.client.AuthenticationClient;
import cn.authing.sdk.java.dto.BindPhoneDto;
import cn.authing.sdk.java.dto.CommonResponseDto;
import cn.authing.sdk.java.dto.GetNewAccessTokenByRefreshTokenRespDto;
import cn.authing.sdk.java.dto.GetProfileDto;
import cn.authing.sdk.java.dto.IsSuccessRespDto;
import cn.authing.sdk.java.dto.LoginTokenRespDto;
import cn.authing.sdk.java.dto.PasswordResetVerifyResp;
import cn.authing.sdk.java.dto.ResetPasswordByPhonePassCodeDto;
import cn.authing.sdk.java.dto.ResetPasswordDto;
import cn.authing.sdk.java.dto.SendSMSDto;
import cn.authing.sdk.java.dto.SendSMSRespDto;
import cn.authing.sdk.java.dto.SignInOptionsDto;
import cn.authing.sdk.java.dto.UpdatePasswordDto;
import cn.authing.sdk.java.dto.UserSingleRespDto;
import cn.authing.sdk.java.dto.VerifyResetPasswordRequestDto;
import cn.authing.sdk.java.model.AuthenticationClientOptions;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authing's own Java SDK, pointed at this server, works unchanged. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthingSdkIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void sdkSignsInSendsCodeBindsAndReadsProfile() throws Exception {
    String username = "sdk-" + UUID.randomUUID().toString().substring(0, 12);
    api.signUp(username).assertOk();
    String phone = Api.randomMobile();

    AuthenticationClientOptions options = new AuthenticationClientOptions();
    options.setAppId("phone-binding-it");
    options.setAppSecret("not-checked");
    options.setAppHost(Api.BASE_URL);
    AuthenticationClient client = new AuthenticationClient(options);

    LoginTokenRespDto login = client.signInByAccountPassword(username, Api.PASSWORD, null);
    assertEquals(200, login.getStatusCode(), login.getMessage());
    assertNotNull(login.getData().getAccessToken());
    client.setAccessToken(login.getData().getAccessToken());

    SendSMSDto send = new SendSMSDto();
    send.setChannel(SendSMSDto.Channel.CHANNEL_BIND_PHONE);
    send.setPhoneNumber(phone);
    send.setPhoneCountryCode("+86");
    SendSMSRespDto sent = client.sendSms(send);
    assertEquals(200, sent.getStatusCode(), sent.getMessage());

    BindPhoneDto bind = new BindPhoneDto();
    bind.setPhoneNumber(phone);
    bind.setPhoneCountryCode("+86");
    bind.setPassCode(api.latestCode("+86" + phone));
    CommonResponseDto bound = client.bindPhone(bind);
    assertEquals(200, bound.getStatusCode(), bound.getMessage());

    UserSingleRespDto profile = client.getProfile(new GetProfileDto());
    assertEquals(200, profile.getStatusCode(), profile.getMessage());
    assertEquals(username, profile.getData().getUsername());
    assertEquals(phone, profile.getData().getPhone());
    assertEquals("+86", profile.getData().getPhoneCountryCode());
    assertTrue(profile.getData().getPhoneVerified());
  }

  @Test
  void sdkSignsUpAndInWithAPhoneAndACodeAndChangesAPassword() throws Exception {
    AuthenticationClient client = client();
    String phone = Api.randomMobile();

    assertEquals(
        200, client.sendSms(send(SendSMSDto.Channel.CHANNEL_REGISTER, phone)).getStatusCode());
    UserSingleRespDto signedUp =
        client.signUpByPhonePassCode(phone, api.latestCode("+86" + phone), "+86", null, null);
    assertEquals(200, signedUp.getStatusCode(), signedUp.getMessage());
    assertEquals(phone, signedUp.getData().getPhone());

    assertEquals(
        200, client.sendSms(send(SendSMSDto.Channel.CHANNEL_LOGIN, phone)).getStatusCode());
    LoginTokenRespDto byCode =
        client.signInByPhonePassCode(phone, api.latestCode("+86" + phone), "+86", null);
    assertEquals(200, byCode.getStatusCode(), byCode.getMessage());
    client.setAccessToken(byCode.getData().getAccessToken());
    assertEquals(
        signedUp.getData().getUserId(),
        client.getProfile(new GetProfileDto()).getData().getUserId());

    Api.User user = api.newUser();
    AuthenticationClient withPassword = client();
    withPassword.setAccessToken(user.token());
    UpdatePasswordDto update = new UpdatePasswordDto();
    update.setOldPassword(Api.PASSWORD);
    update.setNewPassword("sdk-new-password-1");
    CommonResponseDto changed = withPassword.updatePassword(update);
    assertEquals(200, changed.getStatusCode(), changed.getMessage());
    api.signIn(user.username(), "sdk-new-password-1").assertOk();
  }

  private static AuthenticationClient client() throws Exception {
    AuthenticationClientOptions options = new AuthenticationClientOptions();
    options.setAppId("phone-binding-it");
    options.setAppSecret("not-checked");
    options.setAppHost(Api.BASE_URL);
    return new AuthenticationClient(options);
  }

  private static SendSMSDto send(SendSMSDto.Channel channel, String phone) {
    SendSMSDto send = new SendSMSDto();
    send.setChannel(channel);
    send.setPhoneNumber(phone);
    send.setPhoneCountryCode("+86");
    return send;
  }

  @Test
  void sdkRefreshesAndRevokesTokens() throws Exception {
    Api.User user = api.newUser();
    AuthenticationClient client = client();
    SignInOptionsDto offline = new SignInOptionsDto();
    offline.setScope("openid profile offline_access");

    LoginTokenRespDto login =
        client.signInByAccountPassword(user.username(), Api.PASSWORD, offline);
    assertEquals(200, login.getStatusCode(), login.getMessage());
    assertNotNull(login.getData().getRefreshToken());

    GetNewAccessTokenByRefreshTokenRespDto refreshed =
        client.getNewAccessTokenByRefreshToken(login.getData().getRefreshToken());
    assertNotNull(refreshed.getAccessToken());
    assertNotNull(refreshed.getRefreshToken());
    api.profile(refreshed.getAccessToken());

    assertTrue(client.revokeToken(refreshed.getRefreshToken()));
    api.get("/api/v3/get-profile", refreshed.getAccessToken()).assertError(401, 6028);
  }

  @Test
  void sdkResetsAForgottenPasswordWithACode() throws Exception {
    Api.User user = api.newUser();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(user.token(), phone, api.latestCode("+86" + phone)).assertOk();
    AuthenticationClient client = client();

    assertEquals(
        200,
        client.sendSms(send(SendSMSDto.Channel.CHANNEL_RESET_PASSWORD, phone)).getStatusCode());
    ResetPasswordByPhonePassCodeDto byPhone = new ResetPasswordByPhonePassCodeDto();
    byPhone.setPhoneNumber(phone);
    byPhone.setPhoneCountryCode("+86");
    byPhone.setPassCode(api.latestCode("+86" + phone));
    VerifyResetPasswordRequestDto verify = new VerifyResetPasswordRequestDto();
    verify.setVerifyMethod(VerifyResetPasswordRequestDto.VerifyMethod.PHONE_PASSCODE);
    verify.setPhonePassCodePayload(byPhone);
    PasswordResetVerifyResp verified = client.verifyResetPasswordRequest(verify);
    assertEquals(200, verified.getStatusCode(), verified.getMessage());

    ResetPasswordDto reset = new ResetPasswordDto();
    reset.setPasswordResetToken(verified.getData().getPasswordResetToken());
    reset.setPassword("sdk-reset-password-1");
    reset.setPasswordEncryptType(ResetPasswordDto.PasswordEncryptType.NONE);
    IsSuccessRespDto done = client.resetPassword(reset);
    assertEquals(200, done.getStatusCode(), done.getMessage());
    assertTrue(done.getData().getSuccess());
    api.signIn(user.username(), "sdk-reset-password-1").assertOk();
  }

  @Test
  void sdkSeesBusinessErrorsAsEnvelopes() throws Exception {
    AuthenticationClientOptions options = new AuthenticationClientOptions();
    options.setAppId("phone-binding-it");
    options.setAppHost(Api.BASE_URL);
    AuthenticationClient client = new AuthenticationClient(options);
    client.setAccessToken(api.newUserToken());

    BindPhoneDto bind = new BindPhoneDto();
    bind.setPhoneNumber(Api.randomMobile());
    bind.setPassCode("123456");
    CommonResponseDto refused = client.bindPhone(bind);

    assertEquals(400, refused.getStatusCode());
    assertEquals(2001, refused.getApiCode());
    assertNotNull(refused.getRequestId());
  }
}
