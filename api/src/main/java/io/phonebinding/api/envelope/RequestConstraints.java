package io.phonebinding.api.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.phonebinding.error.ErrorKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request record's Jakarta Validation constraints (the longest value of each field) before
 * any work, and turns the first broken one into the envelope's refusal naming the field as the
 * client sent it, with the limit in {@code data}.
 */
final class RequestConstraints {

  /** Built on the first request that has a body, not at boot. */
  private static final class Holder {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }

  private RequestConstraints() {}

  /**
   * @throws RequestFieldException naming the first field, by its JSON path, that breaks a
   *     constraint: {@code PHONE_INVALID} for a phone number, else {@code FIELD_INVALID}
   */
  static void check(Object request) {
    Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(request);
    violations.stream()
        .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .ifPresent(
            violation -> {
              throw refusal(violation);
            });
  }

  private static RequestFieldException refusal(ConstraintViolation<Object> violation) {
    boolean phone =
        violation.getConstraintDescriptor().getPayload().contains(PhoneNumberField.class);
    Object max = violation.getConstraintDescriptor().getAttributes().get("max");
    Map<String, Object> data =
        violation.getConstraintDescriptor().getAnnotation() instanceof Size && max != null
            ? Map.of("maxLength", max)
            : Map.of();
    return new RequestFieldException(
        phone ? ErrorKind.PHONE_INVALID : ErrorKind.FIELD_INVALID,
        jsonPath(violation.getRootBeanClass(), violation.getPropertyPath()),
        data);
  }

  /** The path as the client wrote it: each record component by its JSON name. */
  private static String jsonPath(Class<?> root, Path path) {
    StringBuilder json = new StringBuilder();
    Class<?> current = root;
    for (Path.Node node : path) {
      if (node.getName() == null) {
        continue;
      }
      String name = node.getName();
      Field field = fieldOf(current, name);
      if (field != null) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
          name = property.value();
        }
        current = field.getType();
      }
      json.append(json.length() == 0 ? "" : ".").append(name);
    }
    return json.toString();
  }

  private static Field fieldOf(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException none) {
      return null;
    }
  }
}
