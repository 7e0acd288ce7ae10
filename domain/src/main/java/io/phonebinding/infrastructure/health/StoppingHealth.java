package io.phonebinding.infrastructure.health;

import io.phonebinding.infrastructure.shutdown.StopSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready from the moment the server is told to stop, on the management port too. */
@Readiness
@ApplicationScoped
public class StoppingHealth implements HealthCheck {

  @Inject StopSignal stopSignal;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("not-stopping").status(!stopSignal.isStopping()).build();
  }
}
