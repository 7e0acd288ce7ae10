package io.phonebinding.signin;

import io.phonebinding.app.ClientApps;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.GrantRefusal;
import io.phonebinding.session.GrantRefusedException;
import io.phonebinding.session.IssuedTokens;
import io.phonebinding.session.SignInSessions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The token endpoint's and the revocation endpoint's rules (RFC 6749 section 6, RFC 7009), inside
 * the caller's transaction: refresh tokens rotate, a reused one ends its session, and revocations
 * and reuses are in the user's audit trail.
 */
@Dependent
class TokenGrants {

  @Inject SignInSessions sessions;

  @Inject ClientApps apps;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /**
   * A new access, id and refresh token for a refresh token, which is spent.
   *
   * @throws GrantRefusedException {@code INVALID_CLIENT} when apps are listed and the client is not
   *     one with its secret; {@code INVALID_GRANT} for a refresh token that does not work
   */
  IssuedTokens refresh(
      String refreshToken, String clientId, String clientSecret, RequestOrigin origin) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new GrantRefusedException(GrantRefusal.INVALID_REQUEST, "refresh_token is required");
    }
    requireClient(clientId, clientSecret);
    SignInSessions.Refresh refresh =
        sessions.refresh(refreshToken.strip(), clientId, clock.instant());
    if (refresh.wasReused()) {
      if (refresh.revokedFor() != null) {
        audit.success(refresh.revokedFor(), AuditAction.REFRESH_TOKEN_REUSED, null, origin);
      }
      throw new GrantRefusedException(
          GrantRefusal.INVALID_GRANT, "the refresh token was already used");
    }
    return refresh.tokens();
  }

  /**
   * Ends the sign-in session of an access or refresh token. Whatever the token, the client learns
   * nothing about it (RFC 7009 section 2.2).
   *
   * @throws GrantRefusedException {@code INVALID_CLIENT} when apps are listed and the client is not
   *     one with its secret
   */
  void revoke(String token, String clientId, String clientSecret, RequestOrigin origin) {
    if (token == null || token.isBlank()) {
      throw new GrantRefusedException(GrantRefusal.INVALID_REQUEST, "token is required");
    }
    requireClient(clientId, clientSecret);
    sessions
        .revoke(token.strip(), clientId, clock.instant())
        .ifPresent(userId -> audit.success(userId, AuditAction.REVOKE_TOKEN, null, origin));
  }

  private void requireClient(String clientId, String clientSecret) {
    if (!apps.admits(clientId, clientSecret)) {
      throw new GrantRefusedException(
          GrantRefusal.INVALID_CLIENT, "unknown client or wrong client secret");
    }
  }
}
