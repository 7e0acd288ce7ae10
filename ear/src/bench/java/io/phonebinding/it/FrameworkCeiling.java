package io.phonebinding.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmark's framework ceiling: a JAX-RS endpoint that does nothing, deployed beside the
 * service on the same server (as {@code ceiling.war}), so the bind flow can be compared with what
 * WildFly's HTTP and JAX-RS stack can answer at all.
 */
@ApplicationPath("/")
public class FrameworkCeiling extends Application {

  static final String PATH = "/ceiling/ping";

  @Path("ping")
  public static class Ping {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
      return "{\"statusCode\":200,\"message\":\"pong\",\"apiCode\":0}";
    }
  }
}
