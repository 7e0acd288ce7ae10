package io.phonebinding.error;

/** A request field is missing, of the wrong shape or out of range. */
public class InvalidInputException extends BusinessException {

  private final String field;

  public InvalidInputException(ErrorKind kind, String field) {
    super(kind, field);
    this.field = field;
  }

  public static InvalidInputException required(String field) {
    return new InvalidInputException(ErrorKind.FIELD_REQUIRED, field);
  }

  public static InvalidInputException invalid(String field) {
    return new InvalidInputException(ErrorKind.FIELD_INVALID, field);
  }

  /** The name of the field concerned, as the client sent it. */
  public String field() {
    return field;
  }
}
