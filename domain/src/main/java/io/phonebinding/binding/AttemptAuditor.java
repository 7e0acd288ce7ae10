package io.phonebinding.binding;

import io.phonebinding.abuse.SlidingWindow;
import io.phonebinding.abuse.TooManyRequestsException;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.claim.PhoneClaimPendingException;
import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.session.Authenticated;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one place binding attempts are audited when refused: around each {@link AuditedAttempt},
 * outside its transaction (so a refusal is recorded whether the attempt's work was rolled back or
 * kept), an account past its cap of refusals in the hour is paused, unaudited, so nobody can flood
 * the audit trail (or guess codes) at the rate of requests.
 */
@AuditedAttempt
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AttemptAuditor {

  private static final Duration REFUSAL_WINDOW = Duration.ofHours(1);

  @Inject AuditTrail audit;

  @Inject Event<BindingAttempt> attempts;

  @Inject BindingSettings settings;

  @Inject Clock clock;

  @AroundInvoke
  Object auditRefusals(InvocationContext invocation) throws Exception {
    AuditAction action = invocation.getMethod().getAnnotation(AuditedAttempt.class).value();
    Object[] parameters = invocation.getParameters();
    String userId =
        parameters[0] instanceof Authenticated caller ? caller.userId() : (String) parameters[0];
    refuseIfTooManyRefusals(userId);
    try {
      Object result = invocation.proceed();
      attempts.fire(new BindingAttempt(action.name(), "success"));
      return result;
    } catch (PhoneClaimPendingException claimed) {
      attempts.fire(new BindingAttempt(action.name(), "claim_pending"));
      throw claimed;
    } catch (BusinessException refused) {
      audit.refusal(userId, action, namedPhone(parameters), origin(parameters), refused.kind());
      attempts.fire(new BindingAttempt(action.name(), "refused"));
      throw refused;
    }
  }

  private void refuseIfTooManyRefusals(String userId) {
    int cap = settings.bindingRefusalsPerAccountPerHour();
    Instant now = clock.instant();
    SlidingWindow refusals = audit.refusalsWithin(userId, REFUSAL_WINDOW, now);
    if (refusals.isFull(cap)) {
      attempts.fire(new BindingAttempt("ANY", "paused"));
      throw new TooManyRequestsException(
          ErrorKind.BINDING_REFUSALS_LIMIT, refusals.secondsUntilRoom(now));
    }
  }

  /** The last phone number given, or null: the audit then names the user's current phone. */
  private static PhoneNumber namedPhone(Object[] parameters) {
    PhoneNumber named = null;
    for (Object parameter : parameters) {
      if (parameter instanceof PhoneNumber phone) {
        named = phone;
      }
    }
    return named;
  }

  private static RequestOrigin origin(Object[] parameters) {
    for (Object parameter : parameters) {
      if (parameter instanceof RequestOrigin origin) {
        return origin;
      }
    }
    throw new IllegalStateException("an audited attempt takes a RequestOrigin");
  }
}
