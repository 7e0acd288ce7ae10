package io.phonebinding.api.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebinding.error.ErrorKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads this API's request bodies. RESTEasy's own Jackson reader answers malformed JSON itself, in
 * plain text and with an error-level stack trace in the log; this one turns every parse failure
 * into a business refusal that the envelope mapper reports like any other bad input, and checks the
 * request's constraints (each field's longest value) before any work.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

  /** Bodies of this API are a few hundred bytes; anything far larger is refused unread. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final String API_PACKAGE = "io.phonebinding.api";

  private final ObjectMapper mapper = JsonConfiguration.createMapper();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.getPackageName().startsWith(API_PACKAGE);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] body = entityStream.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new RequestFieldException(ErrorKind.MALFORMED_REQUEST, "body");
    }
    if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    try {
      JsonNode tree = mapper.readTree(body);
      refuseControlCharacters(tree, "");
      Object request = mapper.treeToValue(tree, type);
      if (request != null) {
        RequestConstraints.check(request);
      }
      return request;
    } catch (JsonMappingException wrongShape) {
      if (wrongShape.getPath().isEmpty()) {
        throw new RequestFieldException(ErrorKind.FIELD_INVALID, "body");
      }
      throw RequestFieldException.invalid(fieldPath(wrongShape));
    } catch (JsonProcessingException notJson) {
      throw new RequestFieldException(ErrorKind.MALFORMED_REQUEST, "body");
    }
  }

  /**
   * No text of a request may hold a control character (NUL and the rest of Unicode's Cc): none is
   * meaningful in a name, number, code or password, and NUL cannot even be stored in PostgreSQL.
   */
  private static void refuseControlCharacters(JsonNode node, String path) {
    if (node.isTextual() && hasControlCharacter(node.textValue())) {
      throw RequestFieldException.invalid(path.isEmpty() ? "body" : path);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseControlCharacters(node.get(i), path + "[" + i + "]");
      }
    }
    node.fields()
        .forEachRemaining(
            field -> {
              String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
              if (hasControlCharacter(field.getKey())) {
                throw RequestFieldException.invalid(abbreviated(path.isEmpty() ? "body" : path));
              }
              refuseControlCharacters(field.getValue(), abbreviated(fieldPath));
            });
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
  }

  private static String abbreviated(String path) {
    return path.length() > 100 ? path.substring(0, 100) : path;
  }

  private static String fieldPath(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return abbreviated(path.toString());
  }
}
