package io.phonebinding.api.account;

import io.phonebinding.account.AuthenticationException;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.session.Authenticated;
import io.phonebinding.session.SignInSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The user behind the call's bearer token. */
@RequestScoped
public class SignedInUser {

  @Inject CallContext call;

  @Inject SignInSessions sessions;

  private Authenticated authenticated;

  /**
   * @throws io.phonebinding.account.AuthenticationException when the call has no valid token
   */
  public String id() {
    return authenticated().userId();
  }

  /** The user and the sign-in session of the call's token. */
  public Authenticated authenticated() {
    if (authenticated == null) {
      authenticated = sessions.authenticate(call.bearerToken());
    }
    return authenticated;
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
