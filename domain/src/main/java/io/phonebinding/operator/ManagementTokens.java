package io.phonebinding.operator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.phonebinding.config.Secrets;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.RequestOrigin;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Management tokens: JWTs (HS256) under a key of their own, so a user's access token is never one
 * and a management token is never a user's. They carry the access key's id and Authing's {@code
 * scoped_userpool_id} claim, which Authing's SDK reads before any call; each use checks that the
 * key is still live.
 */
@ApplicationScoped
public class ManagementTokens {

  private static final String ISSUER = "phone-binding";
  private static final String TOKEN_USE = "token_use";
  private static final String MANAGEMENT = "management";

  @Inject Secrets secrets;

  @Inject OperatorSettings settings;

  @Inject AccessKeys keys;

  @Inject Clock clock;

  private MACSigner signer;
  private MACVerifier verifier;

  @PostConstruct
  void createKeys() {
    byte[] key = secrets.keyFor("management-token-signing");
    try {
      signer = new MACSigner(key);
      verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("management token key rejected", e);
    }
  }

  /**
   * A token for an access key and its secret.
   *
   * @throws OperatorRefusedException with {@code ACCESS_KEY_INVALID} for a wrong or revoked key
   */
  public IssuedManagementToken issue(String keyId, String secret, RequestOrigin origin) {
    Operator operator = keys.open(keyId, secret, origin);
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(operator.keyId())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(settings.tokenTimeToLive())))
            .claim(TOKEN_USE, MANAGEMENT)
            .claim("scope", operator.scope().wireName())
            .claim("scoped_userpool_id", settings.userPoolId())
            .build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(signer);
      return new IssuedManagementToken(
          jwt.serialize(), settings.tokenTimeToLive().toSeconds(), operator);
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign a management token", e);
    }
  }

  /**
   * The operator a management token was issued to, while it is unexpired and its key live.
   *
   * @throws OperatorRefusedException with {@code MANAGEMENT_TOKEN_REQUIRED} for no token, a user's
   *     token or anything else that is not a live management token of this server, {@code
   *     ACCESS_KEY_INVALID} once its key is revoked
   */
  public Operator operatorOf(String token) {
    if (token == null || token.isBlank()) {
      throw new OperatorRefusedException(ErrorKind.MANAGEMENT_TOKEN_REQUIRED);
    }
    JWTClaimsSet claims;
    try {
      SignedJWT jwt = SignedJWT.parse(token.strip());
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        throw new OperatorRefusedException(ErrorKind.MANAGEMENT_TOKEN_REQUIRED);
      }
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | JOSEException | IllegalStateException | IllegalArgumentException e) {
      throw new OperatorRefusedException(ErrorKind.MANAGEMENT_TOKEN_REQUIRED);
    }
    if (!ISSUER.equals(claims.getIssuer())
        || !MANAGEMENT.equals(claims.getClaim(TOKEN_USE))
        || claims.getSubject() == null
        || claims.getExpirationTime() == null
        || !clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
      throw new OperatorRefusedException(ErrorKind.MANAGEMENT_TOKEN_REQUIRED);
    }
    return keys.operatorOf(claims.getSubject());
  }

  /** A management token, its lifetime in seconds, and whose it is. */
  public record IssuedManagementToken(String accessToken, long expiresIn, Operator operator) {}
}
