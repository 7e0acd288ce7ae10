package io.phonebinding.testing;

import io.phonebinding.abuse.SlidingWindow;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit rows a unit of work wrote, as "ACTION" or "ACTION refused KIND". */
public class RecordingAudit extends AuditTrail {

  public final List<String> rows = new ArrayList<>();

  @Override
  public void success(String userId, AuditAction action, String phoneMasked, RequestOrigin origin) {
    rows.add(action.name());
  }

  @Override
  public void refusal(
      String userId,
      AuditAction action,
      PhoneNumber phone,
      RequestOrigin origin,
      ErrorKind reason) {
    rows.add(action.name() + " refused " + reason.name());
  }

  @Override
  public SlidingWindow refusalsWithin(String userId, Duration window, Instant now) {
    return new SlidingWindow(0, null, window);
  }
}
