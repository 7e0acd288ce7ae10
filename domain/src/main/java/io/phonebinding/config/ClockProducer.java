package io.phonebinding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The service's notion of now; one producer so tests and rules agree on time. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
