package io.phonebinding.web.page;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PartialRequestErrors} in front of Mojarra's own handler (faces-config.xml). */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PartialRequestErrors(getWrapped().getExceptionHandler());
  }
}
