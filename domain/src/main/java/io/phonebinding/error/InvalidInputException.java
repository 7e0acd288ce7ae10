package io.phonebinding.error;

/** An input is missing, of the wrong shape or out of range; its message argument is the input. */
public class InvalidInputException extends BusinessException {

  private final Input input;

  public InvalidInputException(ErrorKind kind, Input input) {
    super(kind, input);
    this.input = input;
  }

  public static InvalidInputException required(Input input) {
    return new InvalidInputException(ErrorKind.FIELD_REQUIRED, input);
  }

  public static InvalidInputException invalid(Input input) {
    return new InvalidInputException(ErrorKind.FIELD_INVALID, input);
  }

  /** A link's token (keep a number, cancel a change) that is unknown, spent or expired. */
  public static InvalidInputException invalidLink() {
    return new InvalidInputException(ErrorKind.LINK_INVALID, Input.LINK_TOKEN);
  }

  /** The input concerned. */
  public Input input() {
    return input;
  }
}
