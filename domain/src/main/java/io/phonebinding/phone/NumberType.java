package io.phonebinding.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * What kind of line a number is, as libphonenumber reads it from the number plan: it sees the range
 * a number was allocated from, never where a number was ported to.
 */
public enum NumberType {
  MOBILE,
  /** Ranges where mobile and fixed lines share a plan (the US, Canada): SMS reaches the mobiles. */
  FIXED_LINE_OR_MOBILE,
  FIXED_LINE,
  VOIP,
  PREMIUM_RATE,
  SHARED_COST,
  TOLL_FREE,
  UAN,
  VOICEMAIL,
  PAGER,
  PERSONAL_NUMBER,
  UNKNOWN;

  static NumberType of(PhoneNumberType type) {
    return switch (type) {
      case MOBILE -> MOBILE;
      case FIXED_LINE_OR_MOBILE -> FIXED_LINE_OR_MOBILE;
      case FIXED_LINE -> FIXED_LINE;
      case VOIP -> VOIP;
      case PREMIUM_RATE -> PREMIUM_RATE;
      case SHARED_COST -> SHARED_COST;
      case TOLL_FREE -> TOLL_FREE;
      case UAN -> UAN;
      case VOICEMAIL -> VOICEMAIL;
      case PAGER -> PAGER;
      case PERSONAL_NUMBER -> PERSONAL_NUMBER;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** Whether SMS to such a number reaches a phone: mobile ranges only. */
  public boolean receivesSms() {
    return this == MOBILE || this == FIXED_LINE_OR_MOBILE;
  }
}
