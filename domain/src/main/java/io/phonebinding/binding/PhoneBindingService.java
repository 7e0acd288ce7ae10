package io.phonebinding.binding;

import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.account.UserProfile;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Binds, changes and unbinds verified phones, and puts every attempt of a signed-in user in the
 * audit trail. Successes are audited inside their transaction ({@link PhoneBindingChanges}); a
 * refusal is audited here, after its transaction has rolled back and given back its connection, so
 * that a burst of refused requests cannot starve the connection pool.
 *
 * <p>Which code each flow spends, and in which order the checks run, is described on {@link
 * PhoneBindingChanges}.
 */
@ApplicationScoped
public class PhoneBindingService {

  private static final Duration REFUSAL_WINDOW = Duration.ofHours(1);

  @Inject PhoneBindingChanges changes;

  @Inject AuditTrail audit;

  @Inject Event<BindingAttempt> attempts;

  @Inject BindingSettings settings;

  @Inject Clock clock;

  /** Binds a phone to a user who has none; see {@link PhoneBindingChanges#bind}. */
  public UserProfile bind(String userId, PhoneNumber phone, String passCode, RequestOrigin origin) {
    return auditingRefusals(
        userId,
        AuditAction.BIND_PHONE,
        phone,
        origin,
        () -> changes.bind(userId, phone, passCode, origin));
  }

  /** Checks the codes of a phone change; see {@link PhoneBindingChanges#verifyChange}. */
  public PhoneChangeToken verifyChange(
      String userId,
      PhoneNumber oldPhone,
      String oldPassCode,
      PhoneNumber newPhone,
      String newPassCode,
      RequestOrigin origin) {
    return auditingRefusals(
        userId,
        AuditAction.VERIFY_PHONE_CHANGE,
        newPhone,
        origin,
        () -> changes.verifyChange(userId, oldPhone, oldPassCode, newPhone, newPassCode, origin));
  }

  /** Redeems a change token; see {@link PhoneBindingChanges#change}. */
  public UserProfile change(String userId, String updateToken, RequestOrigin origin) {
    return auditingRefusals(
        userId,
        AuditAction.CHANGE_PHONE,
        null,
        origin,
        () -> changes.change(userId, updateToken, origin));
  }

  /** Removes the user's phone; see {@link PhoneBindingChanges#unbind}. */
  public UserProfile unbind(String userId, String passCode, RequestOrigin origin) {
    return auditingRefusals(
        userId,
        AuditAction.UNBIND_PHONE,
        null,
        origin,
        () -> changes.unbind(userId, passCode, origin));
  }

  /**
   * Past its cap of refusals in the hour an account is paused, unaudited: nobody can flood the
   * audit trail (or guess codes) at the rate of requests.
   */
  private void refuseIfTooManyRefusals(String userId) {
    int cap = settings.bindingRefusalsPerAccountPerHour();
    Instant now = clock.instant();
    List<Instant> refusals = audit.refusalsSince(userId, now.minus(REFUSAL_WINDOW), cap);
    if (refusals.size() >= cap) {
      long wait = Duration.between(now, refusals.get(0).plus(REFUSAL_WINDOW)).toSeconds() + 1;
      attempts.fire(new BindingAttempt("ANY", "paused"));
      throw new TooManyRequestsException(ErrorKind.BINDING_REFUSALS_LIMIT, Math.max(1, wait));
    }
  }

  /** {@code phone} may be null: the audit then names the user's current phone. */
  private <T> T auditingRefusals(
      String userId,
      AuditAction action,
      PhoneNumber phone,
      RequestOrigin origin,
      Supplier<T> attempt) {
    refuseIfTooManyRefusals(userId);
    try {
      T result = attempt.get();
      attempts.fire(new BindingAttempt(action.name(), "success"));
      return result;
    } catch (BusinessException refused) {
      audit.refusal(userId, action, phone, origin, refused.kind());
      attempts.fire(new BindingAttempt(action.name(), "refused"));
      throw refused;
    }
  }
}
