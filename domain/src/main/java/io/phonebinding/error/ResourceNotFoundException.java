package io.phonebinding.error;

/** Something the caller asked for does not exist (or is hidden in this mode). */
public class ResourceNotFoundException extends BusinessException {

  public ResourceNotFoundException() {
    super(ErrorKind.NOT_FOUND);
  }
}
