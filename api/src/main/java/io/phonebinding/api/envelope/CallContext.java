package io.phonebinding.api.envelope;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.i18n.Languages;
import io.phonebinding.i18n.Messages;
import io.phonebinding.request.ClientConnection;
import io.phonebinding.request.ProxySettings;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the API knows about the current call: its id, its language and where it came from. */
@RequestScoped
public class CallContext {

  @Inject HttpServletRequest request;

  @Inject ProxySettings proxies;

  private String requestId;
  private Locale locale;
  private String clientIp;
  private final Map<Input, String> unusualFieldNames = new EnumMap<>(Input.class);

  public String requestId() {
    if (requestId == null) {
      requestId = UUID.randomUUID().toString();
    }
    return requestId;
  }

  public Locale locale() {
    if (locale == null) {
      locale =
          Languages.forRequest(
              request.getHeader("x-authing-lang"), request.getHeader("Accept-Language"));
    }
    return locale;
  }

  public String clientIp() {
    if (clientIp == null) {
      clientIp = ClientConnection.of(request, proxies.trustedProxies()).address();
    }
    return clientIp;
  }

  /** Where the call came from, for limits, SMS language and autofill, and the audit trail. */
  public RequestOrigin origin() {
    return new RequestOrigin(
        clientIp(),
        request.getHeader("User-Agent"),
        locale(),
        request.getHeader("x-authing-app-id"));
  }

  /**
   * The access token of the {@code Authorization} header, or null: {@code Bearer <token>}, or the
   * token alone, as Authing's Node SDK sends it. Another scheme ({@code Basic ...}) carries none.
   */
  public String bearerToken() {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return value.substring(7).strip();
    }
    return value.contains(" ") ? null : value;
  }

  /** This endpoint carries the input in another JSON field than most endpoints do. */
  public void carries(Input input, String field) {
    unusualFieldNames.put(input, field);
  }

  /** The JSON field that carried the input in this call. */
  public String fieldOf(Input input) {
    return unusualFieldNames.getOrDefault(input, FieldNames.usual(input));
  }

  public Envelope success(Object data) {
    return new Envelope(200, Messages.format(locale(), "ok"), 0, requestId(), data);
  }

  public Envelope failure(ErrorKind kind, Object[] arguments, Map<String, Object> data) {
    return new Envelope(
        kind.statusCode(),
        Messages.format(locale(), kind.messageKey(), inWireTerms(arguments)),
        kind.apiCode(),
        requestId(),
        data == null || data.isEmpty() ? null : data);
  }

  /** A refusal names the input that failed in the domain's words; the client reads its field. */
  private Object[] inWireTerms(Object[] arguments) {
    return Arrays.stream(arguments)
        .map(argument -> argument instanceof Input input ? fieldOf(input) : argument)
        .toArray();
  }
}
