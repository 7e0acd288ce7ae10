package io.phonebinding.infrastructure.health;

import io.phonebinding.sms.ProviderBreaker;
import io.phonebinding.sms.SmsDeliverySettings;
import io.phonebinding.sms.SmsDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the SMS dispatcher keeps passing: a dispatcher stuck for longer than its lease plus a
 * few intervals means no message leaves this server, and a restart is the cure. Its data names the
 * routes and the providers this server skips for now (their recent attempts mostly failed), which a
 * restart would not cure.
 */
@Liveness
@ApplicationScoped
public class SmsDispatcherHealth implements HealthCheck {

  @Inject SmsDispatcher dispatcher;

  @Inject SmsDeliverySettings settings;

  @Inject ProviderBreaker breaker;

  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    Instant lastPass = dispatcher.lastPassStartedAt();
    Duration allowed = settings.lease().plus(settings.dispatchInterval().multipliedBy(5));
    boolean alive =
        lastPass == null || Duration.between(lastPass, clock.instant()).compareTo(allowed) < 0;
    return HealthCheckResponse.named("sms-dispatcher")
        .status(alive)
        .withData("lastPass", lastPass == null ? "none yet" : lastPass.toString())
        .withData("routes", settings.routes().toString())
        .withData("skippedProviders", String.join(",", breaker.openProviders()))
        .build();
  }
}
