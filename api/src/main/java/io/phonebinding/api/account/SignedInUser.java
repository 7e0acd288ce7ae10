package io.phonebinding.api.account;

import io.phonebinding.account.AccountService;
import io.phonebinding.account.AuthenticationException;
import io.phonebinding.api.envelope.CallContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The user behind the call's bearer token. */
@RequestScoped
public class SignedInUser {

  @Inject CallContext call;

  @Inject AccountService accounts;

  private String userId;

  /**
   * @throws io.phonebinding.account.AuthenticationException when the call has no valid token
   */
  public String id() {
    if (userId == null) {
      userId = accounts.authenticate(call.bearerToken());
    }
    return userId;
  }

  /** The user if the call carries a valid token; calls that need none just pass without it. */
  public Optional<String> idIfPresent() {
    if (call.bearerToken() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(id());
    } catch (AuthenticationException invalidToken) {
      return Optional.empty();
    }
  }
}
