package io.phonebinding.api.envelope;

import io.phonebinding.error.Input;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JSON field that carries each domain input in Authing's wire format. Most endpoints name them
 * alike; one that differs (sign-in's {@code phone}) says so through {@link CallContext}.
 */
final class FieldNames {

  private static final Map<Input, String> USUAL = new EnumMap<>(Input.class);

  static {
    USUAL.put(Input.PHONE, "phoneNumber");
    USUAL.put(Input.PHONE_COUNTRY_CODE, "phoneCountryCode");
    USUAL.put(Input.CODE, "passCode");
    USUAL.put(Input.OLD_PHONE, "oldPhoneNumber");
    USUAL.put(Input.OLD_PHONE_COUNTRY_CODE, "oldPhoneCountryCode");
    USUAL.put(Input.OLD_PHONE_CODE, "oldPhonePassCode");
    USUAL.put(Input.NEW_PHONE, "newPhoneNumber");
    USUAL.put(Input.NEW_PHONE_COUNTRY_CODE, "newPhoneCountryCode");
    USUAL.put(Input.NEW_PHONE_CODE, "newPhonePassCode");
    USUAL.put(Input.CHANNEL, "channel");
    USUAL.put(Input.USERNAME, "username");
    USUAL.put(Input.EMAIL, "email");
    USUAL.put(Input.PASSWORD, "password");
    USUAL.put(Input.OLD_PASSWORD, "oldPassword");
    USUAL.put(Input.NEW_PASSWORD, "newPassword");
    USUAL.put(Input.PASSWORD_RESET_TOKEN, "passwordResetToken");
    USUAL.put(Input.ACCOUNT, "account");
    USUAL.put(Input.REASON, "reason");
    USUAL.put(Input.NUMBER_RANGE, "number");
    USUAL.put(Input.ACCESS_KEY_NAME, "name");
    USUAL.put(Input.EMAIL_CODE, "emailPassCode");
    USUAL.put(Input.OLD_EMAIL, "oldEmail");
    USUAL.put(Input.OLD_EMAIL_CODE, "oldEmailPassCode");
    USUAL.put(Input.NEW_EMAIL, "newEmail");
    USUAL.put(Input.NEW_EMAIL_CODE, "newEmailPassCode");
    USUAL.put(Input.UPDATE_EMAIL_TOKEN, "updateEmailToken");
    USUAL.put(Input.LINK_TOKEN, "token");
  }

  private FieldNames() {}

  static String usual(Input input) {
    return USUAL.get(input);
  }
}
