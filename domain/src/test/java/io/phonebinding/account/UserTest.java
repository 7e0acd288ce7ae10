package io.phonebinding.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.phone.PhoneNumber;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void userWithoutPhoneBindsOne() {
    User user = new User("alice", null, "hash", NOW);
    assertFalse(user.hasPhone());

    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW.plusSeconds(5));

    assertEquals("+8618888888888", user.phone().orElseThrow().e164());
    assertTrue(user.isPhoneVerified());
    assertEquals(NOW.plusSeconds(5), user.updatedAt());
  }

  @Test
  void userWithPhoneCannotBindAnother() {
    User user = new User("alice", null, "hash", NOW);
    user.bindPhone(PhoneNumber.parse("18888888888", null, "CN"), NOW);

    assertThrows(
        UserAlreadyHasPhoneException.class,
        () -> user.bindPhone(PhoneNumber.parse("13912345678", null, "CN"), NOW));
    assertEquals("+8618888888888", user.phone().orElseThrow().e164());
  }
}
