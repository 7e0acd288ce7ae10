package io.phonebinding.phone;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PhoneNumber} as its E.164 text and rebuilds it without parsing it again (this
 * service wrote it, so it is valid): entities hold phone numbers, not strings to rebuild by hand.
 */
@Converter
public class PhoneNumberColumn implements AttributeConverter<PhoneNumber, String> {

  @Override
  public String convertToDatabaseColumn(PhoneNumber phone) {
    return phone == null ? null : phone.e164();
  }

  @Override
  public PhoneNumber convertToEntityAttribute(String e164) {
    return e164 == null ? null : PhoneNumber.ofStored(e164);
  }
}
