package io.phonebinding.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness checks of {@code /health/ready}, for a load balancer that checks the service's own
 * HTTP port: the management port, which serves the metrics too, stays on loopback.
 */
@ApplicationScoped
public class ServiceReadiness {

  @Inject @Any @Readiness Instance<HealthCheck> checks;

  /** Whether every readiness check is up. */
  public boolean isReady() {
    return checks.stream()
        .allMatch(check -> check.call().getStatus() == HealthCheckResponse.Status.UP);
  }
}
