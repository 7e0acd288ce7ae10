package io.phonebinding.account;

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
    return Optional.ofNullable(
        entityManager.find(User.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<User> findByUsername(String username) {
    return findBy(User.FIND_BY_USERNAME, username);
  }

  public Optional<User> findByEmail(String email) {
    return findBy(User.FIND_BY_EMAIL, email);
  }

  public Optional<User> findByPhone(String phoneE164) {
    return findBy(User.FIND_BY_PHONE, phoneE164);
  }

  public void add(User user) {
    entityManager.persist(user);
  }

  /** Writes pending changes now, so constraint violations surface inside the caller's method. */
  public void flush() {
    entityManager.flush();
  }

  private Optional<User> findBy(String query, String value) {
    return entityManager
        .createNamedQuery(query, User.class)
        .setParameter("value", value)
        .getResultStream()
        .findFirst();
  }
}
