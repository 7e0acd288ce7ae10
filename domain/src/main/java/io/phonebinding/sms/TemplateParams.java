package io.phonebinding.sms;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Template parameters as stored in the outbox and sent to Aliyun: a flat JSON object. */
public final class TemplateParams {

  /** Looked up once: {@code Json.create...} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private TemplateParams() {}

  public static String toJson(Map<String, String> params) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    params.forEach(json::add);
    return json.build().toString();
  }

  static Map<String, String> fromJson(String json) {
    Map<String, String> params = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return params;
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((key, value) -> params.put(key, ((JsonString) value).getString()));
    }
    return params;
  }
}
