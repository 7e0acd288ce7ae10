package io.phonebinding.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.account.SignUpProfile;
import io.phonebinding.account.User;
import io.phonebinding.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInSessionTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(10);

  private final User phoneOnly =
      User.withPhone(PhoneNumber.parse("18812345678", "+86", "CN"), SignUpProfile.NONE, NOW);

  @Test
  void onlyAFreshCodeSignInMaySetAFirstPassword() {
    SignInSession byCode = session(SignInMethod.PHONE_CODE);
    assertTrue(byCode.beganWithPhoneCodeWithin(WINDOW, NOW.plus(WINDOW)));
    assertFalse(byCode.beganWithPhoneCodeWithin(WINDOW, NOW.plus(WINDOW).plusSeconds(1)));
    assertFalse(session(SignInMethod.PASSWORD).beganWithPhoneCodeWithin(WINDOW, NOW));
    assertFalse(session(SignInMethod.RENEWAL).beganWithPhoneCodeWithin(WINDOW, NOW));
  }

  @Test
  void aSessionEndsWhenRevokedExpiredOrItsUserMovesOnAGeneration() {
    SignInSession session = session(SignInMethod.PASSWORD);
    int generation = phoneOnly.tokenGeneration();
    assertTrue(session.isLiveAt(NOW, generation));
    assertFalse(session.isLiveAt(NOW.plus(Duration.ofDays(1)), generation));
    assertFalse(session.isLiveAt(NOW, generation + 1));
    session.revoke(NOW);
    assertFalse(session.isLiveAt(NOW, generation));
  }

  @Test
  void anOfflineScopeAsksForARefreshToken() {
    assertTrue(new TokenRequest(null, null, "openid offline_access").asksForOfflineAccess());
    assertFalse(new TokenRequest(null, null, "openid offline_accessx").asksForOfflineAccess());
    assertFalse(TokenRequest.NONE.asksForOfflineAccess());
  }

  private SignInSession session(SignInMethod method) {
    return new SignInSession(phoneOnly, method, null, "openid", NOW, Duration.ofDays(1));
  }
}
