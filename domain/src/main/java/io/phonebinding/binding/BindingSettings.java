package io.phonebinding.binding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of the binding workflow, from MicroProfile Config: how long a change of number made
 * without the old phone waits, and how many refused attempts an account may make in an hour.
 */
@ApplicationScoped
public class BindingSettings {

  @Inject
  @ConfigProperty(name = "phonebind.phone-change.delay-hours", defaultValue = "72")
  long lostPhoneDelayHours;

  @Inject
  @ConfigProperty(name = "phonebind.phone-change.delay-without-email-hours", defaultValue = "168")
  long lostPhoneDelayWithoutEmailHours;

  @Inject
  @ConfigProperty(
      name = "phonebind.limits.binding-refusals-per-account-per-hour",
      defaultValue = "30")
  int bindingRefusalsPerAccountPerHour;

  /**
   * How long a change of number made without the old phone waits: longer for an account without a
   * verified e-mail, whose owner the second factor could not prove.
   */
  public Duration lostPhoneDelay(boolean verifiedEmail) {
    return Duration.ofHours(verifiedEmail ? lostPhoneDelayHours : lostPhoneDelayWithoutEmailHours);
  }

  /** Refused bind, change and unbind attempts one account may make per hour before a pause. */
  public int bindingRefusalsPerAccountPerHour() {
    return bindingRefusalsPerAccountPerHour;
  }
}
