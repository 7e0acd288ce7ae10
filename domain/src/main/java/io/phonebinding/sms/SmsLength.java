package io.phonebinding.sms;

/**
 * How much of one SMS a text takes: 160 septets when every character is in the GSM 03.38 alphabet
 * (those of its extension table take two), else 70 UTF-16 units (UCS-2).
 */
public record SmsLength(boolean gsm7, int units) {

  /** One SMS holds this many GSM-7 septets. */
  public static final int GSM7_LIMIT = 160;

  /** One SMS holds this many UCS-2 characters. */
  public static final int UCS2_LIMIT = 70;

  private static final String GSM7_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

  public static SmsLength of(String text) {
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM7_BASIC.indexOf(c) >= 0) {
        septets++;
      } else if (GSM7_EXTENSION.indexOf(c) >= 0) {
        septets += 2;
      } else {
        return new SmsLength(false, text.length());
      }
    }
    return new SmsLength(true, septets);
  }

  public int limit() {
    return gsm7 ? GSM7_LIMIT : UCS2_LIMIT;
  }

  public boolean fitsOneSms() {
    return units <= limit();
  }

  @Override
  public String toString() {
    return units + (gsm7 ? " GSM-7 septets of " : " UCS-2 characters of ") + limit();
  }
}
