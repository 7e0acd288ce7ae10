package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bind flow a new installation is checked with: sign up, send a code, bind, read it back. */
final class BindFlow {

  private BindFlow() {}

  static void on(Api api) {
    String token = api.newUserToken();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(token, phone, api.latestCode("+86" + phone)).assertOk();
    assertEquals(phone, api.profile(token).path("phone").asText());
  }
}
