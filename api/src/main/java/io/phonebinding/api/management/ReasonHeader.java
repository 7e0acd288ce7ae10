package io.phonebinding.api.management;

import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.error.InputLengths;
import jakarta.ws.rs.HeaderParam;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * An operator's reason sent as the {@code x-phonebind-reason} header, which Authing's SDK can add
 * to its calls where its request objects have no field for it.
 */
public class ReasonHeader {

  @HeaderParam("x-phonebind-reason")
  @Parameter(
      description = "This service's own: the reason, percent-encoded UTF-8, if not in the body",
      example = "ticket%204711")
  String value;

  /** The body's reason, else this header's, else null. */
  String or(String fromBody) {
    return reason(fromBody, value);
  }

  /** The body's reason, else this header's. */
  String requiredOr(String fromBody) {
    return requiredReason(fromBody, value);
  }

  /**
   * The reason from the body, else from the {@code x-phonebind-reason} header (percent-encoded
   * UTF-8, as a header carries only Latin-1), or null.
   *
   * @throws RequestFieldException with {@code FIELD_INVALID} for an undecodable or too long one
   */
  private static String reason(String fromBody, String fromHeader) {
    String reason = fromBody;
    if ((reason == null || reason.isBlank()) && fromHeader != null) {
      try {
        reason = URLDecoder.decode(fromHeader, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException badEscape) {
        throw RequestFieldException.invalid("x-phonebind-reason");
      }
    }
    if (reason == null || reason.isBlank()) {
      return null;
    }
    if (reason.strip().length() > InputLengths.REASON) {
      throw RequestFieldException.invalid("reason");
    }
    return reason.strip();
  }

  /**
   * @throws RequestFieldException with {@code FIELD_REQUIRED} when there is none
   */
  private static String requiredReason(String fromBody, String fromHeader) {
    String reason = reason(fromBody, fromHeader);
    if (reason == null) {
      throw RequestFieldException.required("reason");
    }
    return reason;
  }
}
