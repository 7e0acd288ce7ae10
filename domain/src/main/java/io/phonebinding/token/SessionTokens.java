package io.phonebinding.token;

import io.phonebinding.account.ClientApps;
import io.phonebinding.account.GrantRefusal;
import io.phonebinding.account.GrantRefusedException;
import io.phonebinding.account.IssuedTokens;
import io.phonebinding.account.SignInSessions;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The token endpoint's and the revocation endpoint's rules (RFC 6749 section 6, RFC 7009): refresh
 * tokens rotate, a reused one ends its session, and revocations and reuses are in the user's audit
 * trail.
 */
@ApplicationScoped
public class SessionTokens {

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
  @Transactional(dontRollbackOn = GrantRefusedException.class)
  public IssuedTokens refresh(
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
  @Transactional
  public void revoke(String token, String clientId, String clientSecret, RequestOrigin origin) {
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
