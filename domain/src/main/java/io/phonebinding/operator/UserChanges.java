package io.phonebinding.operator;

import io.phonebinding.account.AccountStatus;
import io.phonebinding.phone.PhoneNumber;
import java.util.Optional;

/**
 * What an operator changes of a user; an empty field is left as it is. {@code freePhone} takes the
 * number away, {@code phone} gives one.
 */
public record UserChanges(
    Optional<PhoneNumber> phone,
    boolean freePhone,
    Optional<Boolean> phoneVerified,
    Optional<AccountStatus> status,
    Optional<String> username,
    Optional<String> email) {

  public static UserChanges freeingPhone() {
    return new UserChanges(
        Optional.empty(),
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static UserChanges toStatus(AccountStatus status) {
    return new UserChanges(
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.of(status),
        Optional.empty(),
        Optional.empty());
  }
}
