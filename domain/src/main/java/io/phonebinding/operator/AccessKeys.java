package io.phonebinding.operator;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operators' access keys: those the setting lists are written to the database at start (one
 * that is there already is left as it is, revoked or not); a key is checked against the database,
 * so a revocation holds at once on every server.
 */
@ApplicationScoped
public class AccessKeys {

  private static final Logger LOG = Logger.getLogger(AccessKeys.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject OperatorSettings settings;

  @Inject SignInGuard guard;

  @Inject AccessKeyWriter writer;

  @Inject Clock clock;

  /** Writes the keys the setting lists that the database does not have yet. */
  public void addConfiguredKeys() {
    for (ConfiguredKey key : settings.configuredKeys()) {
      try {
        writer.addIfAbsent(key, clock.instant());
      } catch (PersistenceException anotherServerAddedItFirst) {
        LOG.fine(() -> "access key " + key.name() + " was added by another server");
      }
    }
  }

  /**
   * The operator an access key and its secret stand for. Wrong secrets count like wrong passwords,
   * per key and per client network.
   *
   * @throws OperatorRefusedException with {@code ACCESS_KEY_INVALID} for an unknown, revoked or
   *     wrong key (not told apart)
   */
  public Operator open(String keyId, String secret, RequestOrigin origin) {
    if (keyId == null || keyId.isBlank() || secret == null || secret.isEmpty()) {
      throw new OperatorRefusedException(ErrorKind.ACCESS_KEY_INVALID);
    }
    return guard.check(
        "access-key:" + keyId.strip(),
        origin.clientIp(),
        () ->
            live(keyId.strip())
                .filter(key -> key.opensWith(secret))
                .map(AccessKey::asOperator)
                .orElseThrow(() -> new OperatorRefusedException(ErrorKind.ACCESS_KEY_INVALID)),
        (BusinessException refused) -> refused.kind() == ErrorKind.ACCESS_KEY_INVALID);
  }

  /**
   * The operator of a key that is still live.
   *
   * @throws OperatorRefusedException with {@code ACCESS_KEY_INVALID} once it is revoked
   */
  public Operator operatorOf(String keyId) {
    return live(keyId)
        .map(AccessKey::asOperator)
        .orElseThrow(() -> new OperatorRefusedException(ErrorKind.ACCESS_KEY_INVALID));
  }

  /**
   * Makes a new key; its secret is in the answer and nowhere else.
   *
   * @throws io.phonebinding.error.InvalidInputException for a name that is not 1 to 64 letters,
   *     digits, dots, dashes or underscores
   */
  @Transactional
  public NewAccessKey create(Operator by, String name, AccessKeyScope scope) {
    by.requireWrite();
    String checkedName = ConfiguredKey.checkedName(name);
    String id = "k_" + OneTimeTokens.newToken().substring(0, 20);
    String secret = OneTimeTokens.newToken();
    entityManager.persist(new AccessKey(id, checkedName, scope, secret, clock.instant()));
    return new NewAccessKey(id, secret, checkedName, scope);
  }

  /** A key just made, with its secret, which is not kept. */
  public record NewAccessKey(String id, String secret, String name, AccessKeyScope scope) {}

  /** Revokes a key: it and its tokens open nothing from now on. Whether it was live. */
  @Transactional
  public boolean revoke(String keyId) {
    AccessKey key = entityManager.find(AccessKey.class, keyId);
    if (key == null || key.isRevoked()) {
      return false;
    }
    key.revoke(clock.instant());
    return true;
  }

  @Transactional(TxType.SUPPORTS)
  Optional<AccessKey> live(String keyId) {
    return Optional.ofNullable(entityManager.find(AccessKey.class, keyId))
        .filter(key -> !key.isRevoked());
  }
}
