package io.phonebinding.binding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of the binding workflow: how long a verified phone change may wait to be redeemed, and
 * how many refused attempts an account may make in an hour, from MicroProfile Config.
 */
@ApplicationScoped
public class BindingSettings {

  @Inject
  @ConfigProperty(name = "phonebind.update-token.ttl-seconds", defaultValue = "300")
  long updateTokenTtlSeconds;

  @Inject
  @ConfigProperty(
      name = "phonebind.limits.binding-refusals-per-account-per-hour",
      defaultValue = "30")
  int bindingRefusalsPerAccountPerHour;

  /** How long a verified phone change may wait before {@code update-phone} redeems it. */
  public Duration updateTokenTimeToLive() {
    return Duration.ofSeconds(updateTokenTtlSeconds);
  }

  /** Refused bind, change and unbind attempts one account may make per hour before a pause. */
  public int bindingRefusalsPerAccountPerHour() {
    return bindingRefusalsPerAccountPerHour;
  }
}
