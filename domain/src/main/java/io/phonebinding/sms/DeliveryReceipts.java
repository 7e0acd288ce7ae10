package io.phonebinding.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Providers' delivery receipts. Each is checked by its provider (a forged one changes nothing),
 * then applied to its attempt, forward only and idempotently; a receipt for an attempt this server
 * does not know is acknowledged and ignored. A delivered receipt ends its message's group, from
 * whichever attempt it comes; an undelivered or failed one for the attempt the group waits on moves
 * the group to its next provider at once.
 */
@ApplicationScoped
public class DeliveryReceipts {

  @Inject SmsDeliverySettings settings;

  @Inject SmsProviders providers;

  @Inject SmsDispatcher dispatcher;

  @Inject ReceiptLedger ledger;

  /**
   * Checks and applies the receipts in one call to a provider instance's receipt endpoint.
   *
   * @param type the provider type the endpoint is for; the instance must be of it
   * @return how many receipts changed an attempt
   * @throws ForgedReceiptException when the call is not the provider's, or names no instance of
   *     that type
   */
  public int accept(String type, String instance, ReceiptRequest request) {
    Optional<String> known = settings.routes().instanceOfType(instance, type);
    if (known.isEmpty()) {
      throw new ForgedReceiptException("no " + type + " provider named " + instance);
    }
    List<Receipt> receipts = providers.ofType(type).receipts(known.get(), request);
    int applied = 0;
    boolean failover = false;
    for (Receipt receipt : receipts) {
      ReceiptLedger.Outcome outcome = ledger.apply(known.get(), receipt);
      applied += outcome.changed() ? 1 : 0;
      failover |= outcome.failover();
    }
    if (failover) {
      dispatcher.dispatchSoon();
    }
    return applied;
  }
}
