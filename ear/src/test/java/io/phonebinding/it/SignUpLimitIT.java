package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-ups per client IP and hour, an IPv6 client counted by its /64; refused sign-ups and accounts
 * made by a code sign-in count too.
 */
class SignUpLimitIT extends SecondServerTest {

  @Test
  void anAddressAndAnIpv6NetworkGetTheirHourlyCapOfSignUps() {
    SecondServer server = secondServer();
    try {
      server.start(Map.of("phonebind.limits.signup-per-ip-per-hour", "2"));
      Api v4 = server.api();
      v4.signUp(name()).assertOk();
      v4.signUp(name()).assertOk();
      long retryAfter =
          v4.signUp(name()).assertError(429, 6027).data().path("retryAfterSeconds").asLong();
      assertTrue(retryAfter > 3500 && retryAfter <= 3600, "retryAfterSeconds " + retryAfter);
      server.api().signUp(name()).assertOk();

      String network = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":1:";
      signUpFrom(server, network + ":1").assertOk();
      signUpFrom(server, network + "aaaa:bbbb:cccc:dddd").assertOk();
      signUpFrom(server, network + "ffff::2").assertError(429, 6027);
    } finally {
      server.stop();
    }
  }

  @Test
  void refusedSignUpsAndAccountsMadeByACodeSignInCountAgainstTheCap() {
    SecondServer server = secondServer();
    try {
      server.start(Map.of("phonebind.limits.signup-per-ip-per-hour", "3"));
      Api api = server.api();
      String taken = name();
      api.signUp(taken).assertOk();
      api.signUp(taken).assertError(409, 2034);

      String phone = Api.randomMobile();
      String code = api.sendCode("CHANNEL_LOGIN", phone);
      api.signInByCode(phone, code).assertOk();

      // A taken name is not told once the cap is reached: the refusal is the cap's.
      api.signUp(taken).assertError(429, 6027);
      api.signUp(name()).assertError(429, 6027);
      server.api().signUp(name()).assertOk();
    } finally {
      server.stop();
    }
  }

  private static Api.Answer signUpFrom(SecondServer server, String address) {
    return server
        .api()
        .post(
            "/api/v3/signup",
            Map.of(
                "connection",
                "PASSWORD",
                "passwordPayload",
                Map.of("username", name(), "password", Api.PASSWORD)),
            null,
            Map.of("X-Forwarded-For", address));
  }

  private static String name() {
    return "cap-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
