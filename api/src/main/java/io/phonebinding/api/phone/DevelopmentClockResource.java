package io.phonebinding.api.phone;

import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.binding.DevelopmentClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service's clock, moved by tests in development mode; absent with any real SMS provider. */
@Path("dev/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Development")
public class DevelopmentClockResource {

  @Inject DevelopmentClock clock;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "advanceDevelopmentClock",
      summary = "Move the service's clock forward (development mode only)",
      description =
          "Claims and changes of number whose delay is over are made at once. A plain JSON"
              + " object. HTTP 404 (apiCode 6404) unless the development SMS provider delivers"
              + " (never in production mode); 6002 missing advanceSeconds, 6003 negative (400).")
  public ClockView advance(ClockRequest request) {
    clock.requireAvailable();
    MissingBodyException.require(request);
    if (request.advanceSeconds() == null) {
      throw RequestFieldException.required("advanceSeconds");
    }
    if (request.advanceSeconds() < 0) {
      throw RequestFieldException.invalid("advanceSeconds");
    }
    return new ClockView(clock.advance(Duration.ofSeconds(request.advanceSeconds())).toSeconds());
  }

  @DELETE
  @Operation(
      operationId = "resetDevelopmentClock",
      summary = "Set the service's clock back to the system's time (development mode only)",
      description =
          "A plain JSON object. HTTP 404 (apiCode 6404) unless the development SMS provider"
              + " delivers (never in production mode).")
  public ClockView reset() {
    clock.reset();
    return new ClockView(0);
  }
}
