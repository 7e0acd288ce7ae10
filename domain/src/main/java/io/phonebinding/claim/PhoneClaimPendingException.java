package io.phonebinding.claim;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.i18n.Messages;
import io.phonebinding.transaction.RecordedRefusal;
import java.util.Map;

/**
 * Not a refusal but an answer of its own: the number's holder left it unproven for the dormancy
 * period, so the binding became a claim that takes effect at {@code effectiveAt}. Its transaction
 * commits (the code is spent, the claim made).
 */
public class PhoneClaimPendingException extends BusinessException implements RecordedRefusal {

  public PhoneClaimPendingException(PhoneClaim claim) {
    super(
        ErrorKind.PHONE_CLAIM_PENDING,
        Map.of(
            "claimId", claim.id(),
            "claimState", claim.state().name(),
            "effectiveAt", claim.effectiveAt().toString()),
        Messages.time(claim.effectiveAt()));
  }
}
