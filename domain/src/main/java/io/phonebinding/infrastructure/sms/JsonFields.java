package io.phonebinding.infrastructure.sms;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;

/** Reads one text field of a provider's JSON answer. */
final class JsonFields {

  /** Looked up once: {@code Json.create...} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonFields() {}

  static Optional<String> string(String json, String field) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return Optional.empty();
      }
      JsonObject object = value.asJsonObject();
      JsonValue found = object.get(field);
      if (found == null || found.getValueType() == JsonValue.ValueType.NULL) {
        return Optional.empty();
      }
      return Optional.of(
          found.getValueType() == JsonValue.ValueType.STRING
              ? object.getString(field)
              : found.toString());
    } catch (JsonException | IllegalStateException notJson) {
      return Optional.empty();
    }
  }
}
