package io.phonebinding.account;

import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Users in the database. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext EntityManager entityManager;

  public Optional<User> findById(String id) {
    return Optional.ofNullable(entityManager.find(User.class, id));
  }

  /** The user, row-locked until the transaction ends, so concurrent changes queue up. */
  public Optional<User> lockById(String id) {
    return Optional.ofNullable(entityManager.find(User.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The user whose username has this key ({@link Usernames#key}). */
  public Optional<User> findByUsernameKey(String usernameKey) {
    return findBy(User.FIND_BY_USERNAME, usernameKey);
  }

  /** The user's current token generation, read alone: every authenticated call asks for it. */
  public Optional<Integer> tokenGenerationOf(String id) {
    return entityManager
        .createNamedQuery(User.TOKEN_GENERATION, Integer.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<User> findByEmail(String email) {
    return findBy(User.FIND_BY_EMAIL, email);
  }

  public Optional<User> findByPhone(PhoneNumber phone) {
    return findBy(User.FIND_BY_PHONE, phone);
  }

  public void add(User user) {
    entityManager.persist(user);
  }

  /** Writes pending changes now, so constraint violations surface inside the caller's method. */
  public void flush() {
    entityManager.flush();
  }

  private Optional<User> findBy(String query, Object value) {
    return entityManager
        .createNamedQuery(query, User.class)
        .setParameter("value", value)
        .getResultStream()
        .findFirst();
  }
}
