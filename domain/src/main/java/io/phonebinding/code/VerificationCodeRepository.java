package io.phonebinding.code;

import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The live codes, one per (phone, channel). */
@ApplicationScoped
public class VerificationCodeRepository {

  @PersistenceContext EntityManager entityManager;

  /** The code of a phone on a channel, row-locked so concurrent sends and checks queue up. */
  public Optional<VerificationCode> lock(PhoneNumber phone, SmsChannel channel) {
    return entityManager
        .createNamedQuery(VerificationCode.FIND_BY_PHONE_AND_CHANNEL, VerificationCode.class)
        .setParameter("phone", phone)
        .setParameter("channel", channel)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The code of a phone on a channel, without locking it. */
  public Optional<VerificationCode> find(PhoneNumber phone, SmsChannel channel) {
    return entityManager
        .createNamedQuery(VerificationCode.FIND_BY_PHONE_AND_CHANNEL, VerificationCode.class)
        .setParameter("phone", phone)
        .setParameter("channel", channel)
        .getResultStream()
        .findFirst();
  }

  public void add(VerificationCode code) {
    entityManager.persist(code);
  }

  /** Writes pending changes now, so constraint violations surface inside the caller's method. */
  public void flush() {
    entityManager.flush();
  }
}
