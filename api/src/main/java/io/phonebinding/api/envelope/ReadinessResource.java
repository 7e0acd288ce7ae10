package io.phonebinding.api.envelope;

import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Readiness on the service's own port, for a load balancer: the same MicroProfile Health readiness
 * checks as {@code /health/ready} on the management port, which stays on loopback with the metrics.
 * A suspended or stopping server answers 503 before this is reached.
 */
@Path("health/ready")
@RequestScoped
public class ReadinessResource {

  @Inject @Any @Readiness Instance<HealthCheck> checks;

  @Inject CallContext call;

  /** HTTP 200 with {@code data.status} UP while every readiness check is up, else HTTP 503. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "ready",
      summary = "Whether this server is ready, for a load balancer's health check",
      description = "HTTP 200 while ready; HTTP 503 (apiCode 6503) while not, or while suspended.")
  @APIResponse(
      responseCode = "200",
      description = "Ready",
      content = @Content(schema = @Schema(implementation = ServiceStatus.class)))
  public Response ready() {
    if (checks.stream()
        .allMatch(check -> check.call().getStatus() == HealthCheckResponse.Status.UP)) {
      return Response.ok(call.success(new ServiceStatus("UP"))).build();
    }
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .entity(call.failure(ErrorKind.NOT_READY, new Object[0], Map.of("status", "DOWN")))
        .build();
  }

  /** The {@code data} of a ready server's answer. */
  @Schema(name = "ServiceStatus")
  public record ServiceStatus(@Schema(example = "UP") String status) {}
}
