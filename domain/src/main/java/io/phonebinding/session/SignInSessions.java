package io.phonebinding.session;

import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.app.ClientApps;
import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in sessions and their tokens: opening one, checking an access token against it, refreshing
 * it with a rotating refresh token, revoking it, and signing out everywhere.
 */
@ApplicationScoped
public class SignInSessions {

  @PersistenceContext EntityManager entityManager;

  @Inject AccessTokens tokens;

  @Inject ClientApps apps;

  @Inject AccountSettings settings;

  @Inject UserRepository users;

  @Inject Clock clock;

  /**
   * Opens a session for a user who just proved who they are, with a refresh token when the client
   * asks for {@code offline_access} and is one this server issues them to.
   *
   * @throws AuthenticationException with {@code ACCOUNT_SUSPENDED} for a suspended account (the
   *     caller's transaction rolls back: a code it checked is not spent)
   */
  @Transactional
  public IssuedTokens open(User user, SignInMethod method, TokenRequest request, Instant now) {
    user.checkMaySignIn();
    boolean offline =
        request.asksForOfflineAccess() && apps.admits(request.clientId(), request.clientSecret());
    SignInSession session =
        new SignInSession(
            user,
            method,
            request.clientId(),
            offline ? AccessTokens.OFFLINE_SCOPE : AccessTokens.SCOPE,
            now,
            offline ? settings.refreshTokenTimeToLive() : settings.tokenTimeToLive());
    entityManager.persist(session);
    return tokens.issueFor(user, session, offline ? newRefreshToken(session, now) : null, now);
  }

  /**
   * The user a bearer access token was issued to, while its sign-in session stands and is of its
   * user's current token generation: signing out ends every session of the user; a new password, a
   * phone change and an unbind every session but the one that made the change; revoking a token
   * ends its session.
   *
   * @throws AuthenticationException when the token is missing, bad, expired or revoked
   */
  public Authenticated authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new AuthenticationException(ErrorKind.NOT_SIGNED_IN);
    }
    TokenHolder holder = tokens.holderOf(accessToken.strip(), clock.instant());
    if (holder.sessionId() == null) {
      // Issued before sessions existed: the generation alone decides, until it expires.
      int current =
          users
              .tokenGenerationOf(holder.userId())
              .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
      if (current != holder.generation()) {
        throw new AuthenticationException(ErrorKind.TOKEN_REVOKED);
      }
      return new Authenticated(holder.userId(), null);
    }
    Object[] state =
        entityManager
            .createNamedQuery(SignInSession.STATE, Object[].class)
            .setParameter("session", holder.sessionId())
            .setParameter("user", holder.userId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
    int current = (Integer) state[0];
    int sessions = (Integer) state[1];
    boolean revoked = state[2] != null;
    if (current != sessions || revoked) {
      throw new AuthenticationException(ErrorKind.TOKEN_REVOKED);
    }
    return new Authenticated(holder.userId(), holder.sessionId());
  }

  /**
   * Keeps the caller's own session working through a change of theirs that raised the user's token
   * generation (a new password, a phone change, an unbind): every other session ends, while
   * Authing's SDK apps go on with the token that made the change. Only a session that was live just
   * before the change is carried, in the change's transaction.
   *
   * @param sessionId the caller's session, or null (a token from before sessions): nothing kept
   * @param generationBefore the user's token generation before the change
   */
  @Transactional(TxType.MANDATORY)
  public void keepThroughChange(String sessionId, User changed, int generationBefore) {
    if (sessionId == null || changed.tokenGeneration() == generationBefore) {
      return;
    }
    entityManager
        .createNamedQuery(SignInSession.CARRY)
        .setParameter("after", changed.tokenGeneration())
        .setParameter("session", sessionId)
        .setParameter("user", changed.id())
        .setParameter("before", generationBefore)
        .executeUpdate();
  }

  /**
   * Ends the user's sessions in the given client apps (an operator's kick); all of them when none
   * is named.
   *
   * @return whether the user exists
   */
  @Transactional
  public boolean endIn(String userId, Collection<String> clientIds) {
    if (clientIds.isEmpty()) {
      return users
          .lockById(userId)
          .map(
              user -> {
                user.revokeTokens(clock.instant());
                return true;
              })
          .orElse(false);
    }
    if (users.findById(userId).isEmpty()) {
      return false;
    }
    entityManager
        .createNamedQuery(SignInSession.REVOKE_IN_APPS)
        .setParameter("user", userId)
        .setParameter("apps", clientIds)
        .setParameter("now", clock.instant())
        .executeUpdate();
    return true;
  }

  /** Ends one sign-in session, in the caller's transaction. */
  @Transactional(TxType.MANDATORY)
  public void end(String sessionId) {
    find(sessionId).ifPresent(session -> session.revoke(clock.instant()));
  }

  /** Ends every session of the user: signing out everywhere. */
  @Transactional
  public void endAll(String userId) {
    users.lockById(userId).ifPresent(user -> user.revokeTokens(clock.instant()));
  }

  /** The session of a signed-in caller. */
  public Optional<SignInSession> find(String sessionId) {
    return sessionId == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(SignInSession.class, sessionId));
  }

  /**
   * Spends a refresh token for a new pair in the same session. Of any number of requests with one
   * token, exactly one spends it (an atomic update); a token presented after it was spent revokes
   * its whole session, since one of the two presenters is not its owner.
   *
   * @throws GrantRefusedException {@code INVALID_GRANT} for an unknown, spent, expired or revoked
   *     token, or one issued to another client
   * @return the new tokens, or the id of the user whose session was revoked for a reused token
   */
  @Transactional(dontRollbackOn = GrantRefusedException.class)
  public Refresh refresh(String refreshToken, String clientId, Instant now) {
    String hash = OneTimeTokens.hash(refreshToken);
    RefreshToken token = entityManager.find(RefreshToken.class, hash);
    if (token == null) {
      throw new GrantRefusedException(GrantRefusal.INVALID_GRANT, "unknown refresh token");
    }
    SignInSession session = entityManager.find(SignInSession.class, token.sessionId());
    if (session.clientId() != null && !Objects.equals(session.clientId(), clientId)) {
      // Refused before it is spent: another client cannot use up the owner's token.
      throw new GrantRefusedException(
          GrantRefusal.INVALID_GRANT, "the refresh token was issued to another client");
    }
    int spent =
        entityManager
            .createNamedQuery(RefreshToken.SPEND)
            .setParameter("tokenHash", hash)
            .setParameter("now", now)
            .executeUpdate();
    if (spent == 0) {
      entityManager.refresh(session, LockModeType.PESSIMISTIC_WRITE);
      boolean wasLive = !session.isRevoked();
      session.revoke(now);
      return Refresh.reused(wasLive ? session.userId() : null);
    }
    User user = users.findById(session.userId()).orElse(null);
    if (user == null || !session.isLiveAt(now, user.tokenGeneration())) {
      throw new GrantRefusedException(
          GrantRefusal.INVALID_GRANT, "the refresh token is expired or revoked");
    }
    return Refresh.renewed(tokens.issueFor(user, session, newRefreshToken(session, now), now));
  }

  /**
   * Revokes the session of an access or refresh token; nothing happens for a token this server does
   * not know, or, when apps are listed, one issued to another app.
   *
   * @return the user whose live session was revoked
   */
  @Transactional
  public Optional<String> revoke(String token, String clientId, Instant now) {
    Optional<String> sessionId =
        tokens
            .sessionOf(token)
            .or(
                () ->
                    Optional.ofNullable(
                            entityManager.find(RefreshToken.class, OneTimeTokens.hash(token)))
                        .map(RefreshToken::sessionId));
    return sessionId
        .map(id -> entityManager.find(SignInSession.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(session -> !session.isRevoked())
        .filter(session -> !apps.areListed() || Objects.equals(session.clientId(), clientId))
        .map(
            session -> {
              session.revoke(now);
              return session.userId();
            });
  }

  private String newRefreshToken(SignInSession session, Instant now) {
    String token = OneTimeTokens.newToken();
    entityManager.persist(new RefreshToken(OneTimeTokens.hash(token), session.id(), now));
    return token;
  }

  /** A refresh's outcome: new tokens, or a reused token whose session it revoked. */
  public record Refresh(IssuedTokens tokens, String revokedFor) {

    static Refresh renewed(IssuedTokens tokens) {
      return new Refresh(tokens, null);
    }

    static Refresh reused(String userId) {
      return new Refresh(null, userId);
    }

    public boolean wasReused() {
      return tokens == null;
    }
  }
}
