package io.phonebinding.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The provider implementations, by type. */
@ApplicationScoped
public class SmsProviders {

  @Inject Instance<SmsProvider> providers;

  /**
   * @throws IllegalStateException when this service has no provider of the type
   */
  public SmsProvider ofType(String type) {
    for (SmsProvider provider : providers) {
      if (provider.type().equals(type)) {
        return provider;
      }
    }
    throw new IllegalStateException("no SMS provider of type " + type);
  }
}
