package io.phonebinding.api.envelope;

import jakarta.validation.Payload;

/**
 * Marks a constraint of a phone-number field: broken, it is answered as a number that is not a
 * mobile number ({@code PHONE_INVALID}), as the domain answers a number it cannot read.
 */
public interface PhoneNumberField extends Payload {}
