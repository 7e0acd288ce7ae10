package floor.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The minimal EAR's JAX-RS application. */
@ApplicationPath("/")
public class FloorApi extends Application {}
