package io.phonebinding.web.phone;

import io.phonebinding.binding.LostPhoneChanges;
import io.phonebinding.binding.PendingPhoneChange;
import io.phonebinding.claim.PhoneClaim;
import io.phonebinding.claim.PhoneClaims;
import io.phonebinding.i18n.Messages;
import io.phonebinding.web.page.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * What of the signed-in account's number waits: a change without the old phone, or a claim. Read
 * once per request (the page asks for it in every phase), again after a form changed it.
 */
@Named
@RequestScoped
public class NumberStatus {

  @Inject LostPhoneChanges changes;

  @Inject PhoneClaims claims;

  @Inject SignedIn signedIn;

  private Optional<PendingPhoneChange> change;
  private Optional<PhoneClaim> claim;

  /** After a form asked for a change or made a claim: read it again. */
  void changed() {
    change = null;
    claim = null;
  }

  public boolean isChangePending() {
    return change().isPresent();
  }

  /** The new number of the change that waits, masked. */
  public String getNewPhone() {
    return change().map(pending -> pending.newPhone().masked()).orElse("");
  }

  public String getChangeEffectiveAt() {
    return change().map(pending -> Messages.time(pending.effectiveAt())).orElse("");
  }

  public boolean isClaimPending() {
    return claim().isPresent();
  }

  public String getClaimedPhone() {
    return claim().map(open -> open.phone().masked()).orElse("");
  }

  public String getClaimEffectiveAt() {
    return claim().map(open -> Messages.time(open.effectiveAt())).orElse("");
  }

  /** Whether the claim's holder kept the number: an operator decides. */
  public boolean isClaimDisputed() {
    return claim().map(open -> open.state().name().equals("DISPUTED")).orElse(false);
  }

  private Optional<PendingPhoneChange> change() {
    if (change == null) {
      change = changes.pendingOf(signedIn.userId());
    }
    return change;
  }

  private Optional<PhoneClaim> claim() {
    if (claim == null) {
      claim = claims.openClaimBy(signedIn.userId());
    }
    return claim;
  }
}
