package io.phonebinding.testing;

import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.account.Usernames;
import io.phonebinding.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users held in memory; every row lock is written down. */
public class MemoryUsers extends UserRepository {

  private final Map<String, User> byId = new LinkedHashMap<>();
  public final List<String> locks = new ArrayList<>();

  @Override
  public void add(User user) {
    byId.put(user.id(), user);
  }

  @Override
  public Optional<User> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<User> lockById(String id) {
    locks.add(id);
    return findById(id);
  }

  @Override
  public Optional<User> findByUsernameKey(String usernameKey) {
    return byId.values().stream()
        .filter(u -> u.username() != null && usernameKey.equals(Usernames.key(u.username())))
        .findFirst();
  }

  @Override
  public Optional<User> findByPhone(PhoneNumber phone) {
    return byId.values().stream()
        .filter(u -> u.phone().map(phone::equals).orElse(false))
        .findFirst();
  }

  @Override
  public void flush() {}
}
