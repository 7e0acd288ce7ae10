package io.phonebinding.abuse;

/** The operator's two lists of numbers and number ranges. */
public enum NumberList {
  /** send-sms refuses these. */
  BLOCK,
  /** Exempt from the rules on ranges (the country allow-list). */
  SAFE
}
