package io.phonebinding.signin;

import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import io.phonebinding.session.SignInSessions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Stores a password whose hash was made outside the transaction, inside the caller's: every session
 * of the user but the caller's ends, and every grant; the change is in the audit trail.
 */
@Dependent
class PasswordChange {

  @Inject UserRepository users;

  @Inject SignInSessions sessions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  void store(Authenticated caller, String newPasswordHash, RequestOrigin origin) {
    User user = lock(caller);
    change(user, caller, newPasswordHash, origin);
  }

  /**
   * @throws InvalidInputException for {@code oldPassword} when a password was set meanwhile
   */
  void storeFirst(Authenticated caller, String passwordHash, RequestOrigin origin) {
    User user = lock(caller);
    if (user.hasPassword()) {
      throw InvalidInputException.required(Input.OLD_PASSWORD);
    }
    change(user, caller, passwordHash, origin);
  }

  private void change(User user, Authenticated caller, String passwordHash, RequestOrigin origin) {
    Instant now = clock.instant();
    int generation = user.tokenGeneration();
    user.changePassword(passwordHash, now);
    sessions.keepThroughChange(caller.sessionId(), user, generation);
    audit.success(
        user.id(),
        AuditAction.CHANGE_PASSWORD,
        user.phone().map(PhoneNumber::masked).orElse(null),
        origin);
  }

  private User lock(Authenticated caller) {
    return users
        .lockById(caller.userId())
        .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
  }
}
