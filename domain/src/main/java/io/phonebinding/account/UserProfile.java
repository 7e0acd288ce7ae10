package io.phonebinding.account;

import io.phonebinding.phone.PhoneNumber;
import java.time.Instant;

/** What adapters show of a user; {@code phone} is null when none is bound. */
public record UserProfile(
    String userId,
    String username,
    String email,
    boolean emailVerified,
    PhoneNumber phone,
    boolean phoneVerified,
    boolean hasPassword,
    AccountStatus status,
    Instant createdAt,
    Instant updatedAt) {

  public static UserProfile of(User user) {
    return new UserProfile(
        user.id(),
        user.username(),
        user.email().orElse(null),
        user.verifiedEmail().isPresent(),
        user.phone().orElse(null),
        user.isPhoneVerified(),
        user.hasPassword(),
        user.status(),
        user.createdAt(),
        user.updatedAt());
  }

  /** The bound phone as it may be shown, or null. */
  public String maskedPhone() {
    return phone == null ? null : phone.masked();
  }
}
