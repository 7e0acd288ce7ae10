package io.phonebinding.sms;

import java.util.List;

/**
 * Hands messages to an SMS service of one type: the development log, Twilio, Aliyun or a webhook. A
 * type may have several instances ({@link ProviderRoutes}), each with its own settings under {@code
 * phonebind.sms.<instance>.}; the instance of a message is {@link OutgoingSms#provider()}.
 */
public interface SmsProvider {

  /** {@code dev}, {@code twilio}, {@code aliyun} or {@code webhook}. */
  String type();

  /**
   * Delivers one attempt and returns the provider's id for it.
   *
   * @throws SmsDeliveryException when the provider did not accept it; {@link
   *     SmsDeliveryException#failure()} tells whether another try, or another provider, may help
   */
  String deliver(OutgoingSms message) throws SmsDeliveryException;

  /** Whether this instance reports what became of a message (its receipts are set up). */
  default boolean reportsReceipts(String instance) {
    return false;
  }

  /**
   * The receipts in a call to this instance's receipt endpoint, once it is shown to be the
   * provider's.
   *
   * @throws ForgedReceiptException when it is not: unsigned, wrongly signed, stale, from elsewhere,
   *     or this instance sends no receipts
   */
  default List<Receipt> receipts(String instance, ReceiptRequest request) {
    throw new ForgedReceiptException(type() + " sends no receipts");
  }

  /** The development provider's messages are read back from the outbox, so their text is kept. */
  default boolean keepsWhatItDelivered() {
    return false;
  }
}
