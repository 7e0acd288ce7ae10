package io.phonebinding.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.phonebinding.account.AccountSettings;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.User;
import io.phonebinding.config.Secrets;
import io.phonebinding.error.ErrorKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed bearer tokens (JWT, HS256) with an expiry. Access tokens carry the user id and the token
 * use, so an id token is never accepted as an access token.
 */
@ApplicationScoped
public class AccessTokens {

  static final String ISSUER = "phone-binding";
  private static final String TOKEN_USE = "token_use";
  private static final String GENERATION = "gen";
  private static final String SESSION = "sid";
  static final String SCOPE = "openid profile phone";
  static final String OFFLINE_SCOPE = SCOPE + " offline_access";

  @Inject AccountSettings settings;

  @Inject Secrets secrets;

  private JWSSigner signer;
  private JWSVerifier verifier;

  @PostConstruct
  void createKeys() {
    byte[] key = secrets.keyFor("access-token-signing");
    try {
      signer = new MACSigner(key);
      verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("token signing key rejected", e);
    }
  }

  /** An access and an id token of the session, and its refresh token when it has one. */
  IssuedTokens issueFor(User user, SignInSession session, String refreshToken, Instant now) {
    Instant expiry = now.plus(settings.tokenTimeToLive());
    JWTClaimsSet access =
        baseClaims(user, now, expiry)
            .claim(TOKEN_USE, "access")
            .claim(GENERATION, user.tokenGeneration())
            .claim(SESSION, session.id())
            .build();
    JWTClaimsSet id =
        baseClaims(user, now, expiry)
            .claim(TOKEN_USE, "id")
            .claim("preferred_username", user.username())
            .claim("email", user.email().orElse(null))
            .claim("phone_number", user.phone().map(p -> p.e164()).orElse(null))
            .claim("phone_number_verified", user.isPhoneVerified())
            .build();
    return new IssuedTokens(
        sign(access),
        sign(id),
        refreshToken,
        settings.tokenTimeToLive().toSeconds(),
        refreshToken == null ? SCOPE : OFFLINE_SCOPE);
  }

  /**
   * Who a bearer access token was issued to, and in which of their token generations.
   *
   * @throws AuthenticationException if the token is malformed, forged, not an access token or
   *     expired
   */
  public TokenHolder holderOf(String token, Instant now) {
    try {
      JWTClaimsSet claims = verifiedAccessClaims(token);
      if (!now.isBefore(claims.getExpirationTime().toInstant())) {
        throw new AuthenticationException(ErrorKind.TOKEN_EXPIRED);
      }
      Long generation = claims.getLongClaim(GENERATION);
      return new TokenHolder(
          claims.getSubject(),
          generation == null ? 0 : generation.intValue(),
          claims.getStringClaim(SESSION));
    } catch (ParseException e) {
      throw new AuthenticationException(ErrorKind.TOKEN_INVALID);
    }
  }

  /**
   * The session of a genuine access token, expired or not (revoking an expired token is no error);
   * empty for anything else.
   */
  Optional<String> sessionOf(String token) {
    try {
      return Optional.ofNullable(verifiedAccessClaims(token).getStringClaim(SESSION));
    } catch (AuthenticationException | ParseException notOurs) {
      return Optional.empty();
    }
  }

  private JWTClaimsSet verifiedAccessClaims(String token) throws ParseException {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        throw new AuthenticationException(ErrorKind.TOKEN_INVALID);
      }
      JWTClaimsSet claims = claimsOf(jwt);
      if (!ISSUER.equals(claims.getIssuer())
          || !"access".equals(claims.getStringClaim(TOKEN_USE))
          || claims.getSubject() == null
          || claims.getExpirationTime() == null) {
        throw new AuthenticationException(ErrorKind.TOKEN_INVALID);
      }
      return claims;
    } catch (ParseException | JOSEException | IllegalStateException | IllegalArgumentException e) {
      throw new AuthenticationException(ErrorKind.TOKEN_INVALID);
    }
  }

  /**
   * The claims of a verified token, decoded with the JDK's Base64: Nimbus's own decoder runs in
   * constant time, which the signature needs but public claims do not, and was the largest cost of
   * an authenticated request.
   */
  private static JWTClaimsSet claimsOf(SignedJWT verified) throws ParseException {
    byte[] payload = Base64.getUrlDecoder().decode(verified.getParsedParts()[1].toString());
    return JWTClaimsSet.parse(new String(payload, StandardCharsets.UTF_8));
  }

  private static JWTClaimsSet.Builder baseClaims(User user, Instant now, Instant expiry) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(user.id())
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(expiry));
  }

  private String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }
}
