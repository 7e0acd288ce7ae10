package io.phonebinding.api.phone;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.phonebinding.error.InputLengths;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Authing's {@code UpdatePhoneDto}. Authing's Flutter SDK posts the bare token as a JSON string
 * instead of this object; both are accepted.
 */
@JsonDeserialize(using = UpdatePhoneRequest.Reader.class)
public record UpdatePhoneRequest(
    @Schema(
            description = "From verify-update-phone-request",
            example = "6f1c0e4e-3b9a-4a8e-9a52-7d0c2b1e5f48",
            required = true)
        @Size(max = InputLengths.ONE_TIME_TOKEN)
        String updatePhoneToken) {

  static final class Reader extends JsonDeserializer<UpdatePhoneRequest> {
    @Override
    public UpdatePhoneRequest deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode body = parser.readValueAsTree();
      if (body.isTextual()) {
        return new UpdatePhoneRequest(body.asText());
      }
      JsonNode token = body.path("updatePhoneToken");
      if (!body.isObject() || !(token.isTextual() || token.isMissingNode() || token.isNull())) {
        return (UpdatePhoneRequest) context.handleUnexpectedToken(UpdatePhoneRequest.class, parser);
      }
      return new UpdatePhoneRequest(token.isTextual() ? token.asText() : null);
    }
  }
}
