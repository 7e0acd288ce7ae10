package io.phonebinding.error;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal by a business rule. It carries what went wrong ({@link ErrorKind}), the arguments of
 * its localized message and any data the caller may act on (for example seconds until a retry).
 * Adapters turn it into the Authing envelope or a page message; it never means a server fault.
 */
public abstract class BusinessException extends RuntimeException {

  private final ErrorKind kind;
  private final transient Object[] messageArguments;
  private final transient Map<String, Object> data;

  protected BusinessException(
      ErrorKind kind, Map<String, Object> data, Object... messageArguments) {
    super(kind.name(), null, false, false);
    this.kind = Objects.requireNonNull(kind);
    this.data = Map.copyOf(data);
    this.messageArguments = messageArguments.clone();
  }

  protected BusinessException(ErrorKind kind, Object... messageArguments) {
    this(kind, Map.of(), messageArguments);
  }

  public ErrorKind kind() {
    return kind;
  }

  public Object[] messageArguments() {
    return messageArguments.clone();
  }

  /** Data for the envelope's {@code data} field; empty when there is nothing to add. */
  public Map<String, Object> data() {
    return data;
  }
}
