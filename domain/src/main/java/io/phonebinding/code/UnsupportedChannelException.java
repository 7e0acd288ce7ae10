package io.phonebinding.code;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;

/** The channel is unknown to Authing, or known but without a flow in this service. */
public class UnsupportedChannelException extends BusinessException {

  public UnsupportedChannelException(ErrorKind kind, String channel) {
    super(kind, channel);
  }
}
