package io.phonebinding.account;

import java.util.Optional;

/** Whether an account may sign in; an operator suspends and activates it. */
public enum AccountStatus {
  ACTIVATED("Activated"),
  SUSPENDED("Suspended");

  private final String authingName;

  AccountStatus(String authingName) {
    this.authingName = authingName;
  }

  /** The name Authing's user object gives the status. */
  public String authingName() {
    return authingName;
  }

  /**
   * @return empty for a name that is neither of Authing's two this service knows
   */
  public static Optional<AccountStatus> ofAuthingName(String name) {
    for (AccountStatus status : values()) {
      if (status.authingName.equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
