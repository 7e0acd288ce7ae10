package io.phonebinding.binding;

import io.phonebinding.account.OneTimeGrant;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.account.PhoneBindingRuleException;
import io.phonebinding.account.User;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InputLengths;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/** Verified phone changes waiting for their token. */
@ApplicationScoped
public class PhoneChangeRequests {

  @PersistenceContext EntityManager entityManager;

  PhoneChangeToken open(
      User user, PhoneNumber oldPhone, PhoneNumber newPhone, Instant now, Duration ttl) {
    String token = OneTimeTokens.newToken();
    entityManager.persist(
        new PhoneChangeRequest(
            OneTimeTokens.hash(token), OneTimeGrant.proven(user, oldPhone, now, ttl), newPhone));
    return new PhoneChangeToken(token, ttl);
  }

  /**
   * The request of a token, row-locked so a token works once however many requests race with it;
   * the request itself decides whether it may be redeemed.
   *
   * @throws PhoneBindingRuleException with {@code UPDATE_TOKEN_INVALID} if there is no such request
   */
  PhoneChangeRequest find(String token) {
    if (token == null || token.isBlank() || token.length() > InputLengths.ONE_TIME_TOKEN) {
      throw new PhoneBindingRuleException(ErrorKind.UPDATE_TOKEN_INVALID);
    }
    return entityManager
        .createNamedQuery(PhoneChangeRequest.FIND_BY_TOKEN_HASH, PhoneChangeRequest.class)
        .setParameter("tokenHash", OneTimeTokens.hash(token.strip()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new PhoneBindingRuleException(ErrorKind.UPDATE_TOKEN_INVALID));
  }
}
