package io.phonebinding.account;

import java.time.Instant;

/**
 * What adapters show of a user. {@code phone} is the national number (Authing's shape), with its
 * calling code in {@code phoneCountryCode}; both are null when no phone is bound.
 */
public record UserProfile(
    String userId,
    String username,
    String email,
    String phone,
    String phoneCountryCode,
    String phoneE164,
    String maskedPhone,
    boolean phoneVerified,
    boolean hasPassword,
    Instant createdAt,
    Instant updatedAt) {

  public static UserProfile of(User user) {
    var phone = user.phone();
    return new UserProfile(
        user.id(),
        user.username(),
        user.email().orElse(null),
        phone.map(p -> p.nationalNumber()).orElse(null),
        phone.map(p -> p.countryCallingCode()).orElse(null),
        phone.map(p -> p.e164()).orElse(null),
        phone.map(p -> p.masked()).orElse(null),
        user.isPhoneVerified(),
        user.hasPassword(),
        user.createdAt(),
        user.updatedAt());
  }
}
